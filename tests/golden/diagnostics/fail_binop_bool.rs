// E0369: arithmetic on bool.
fn main() {
    let a = true;
    let b = false;
    let c = a + b;
    println!("{}", c);
}

// CHECK:STDERR: error[E0369]: cannot add `bool` to `bool`
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_binop_bool.rs:5:13
// CHECK:STDERR:   |
// CHECK:STDERR: 5 |     let c = a + b;
// CHECK:STDERR:   |             -^^^-
// CHECK:STDERR:   |             |   |
// CHECK:STDERR:   |             |   bool
// CHECK:STDERR:   |             bool
// CHECK:STDERR:   |             bool
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0369`.
