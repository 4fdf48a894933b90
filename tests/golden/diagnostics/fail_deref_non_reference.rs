// E0614: dereferencing a value that is not a reference.
fn main() {
    let x: u32 = 5;
    let y = *x + 1;
    println!("{}", y);
}

// CHECK:STDERR: error[E0614]: type `u32` cannot be dereferenced
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_deref_non_reference.rs:4:13
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     let y = *x + 1;
// CHECK:STDERR:   |             ^^
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0614`.
