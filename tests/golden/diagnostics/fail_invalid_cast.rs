// E0606: casting a reference to an integer is not a primitive cast.
fn main() {
    let x = 5u8;
    let r = &x;
    let n = r as u32;
    println!("{}", n);
}

// CHECK:STDERR: error[E0606]: casting `&u8` as `u32` is invalid
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_invalid_cast.rs:5:13
// CHECK:STDERR:   |
// CHECK:STDERR: 5 |     let n = r as u32;
// CHECK:STDERR:   |             ^^^^^^^^
// CHECK:STDERR:   |
// CHECK:STDERR: help: dereference the expression
// CHECK:STDERR:   |
// CHECK:STDERR: 5 |     let n = *r as u32;
// CHECK:STDERR:   |             +
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0606`.
