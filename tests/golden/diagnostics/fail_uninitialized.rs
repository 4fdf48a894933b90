// E0381: a variable used before it is definitely initialized.
fn main() {
    let n = 7;
    let size: u32;
    if n > 5 {
        size = 10;
    }
    println!("{}", size);
}

// CHECK:STDERR: error[E0381]: used binding `size` isn't initialized
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_uninitialized.rs:8:20
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     let size: u32;
// CHECK:STDERR:   |         ---- binding declared here but left uninitialized
// CHECK:STDERR: ...
// CHECK:STDERR: 8 |     println!("{}", size);
// CHECK:STDERR:   |                    ^^^^ `size` used here but it isn't initialized
// CHECK:STDERR:   |
// CHECK:STDERR: help: consider assigning a value
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     let size: u32 = 0;
// CHECK:STDERR:   |                   +++
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0381`.
