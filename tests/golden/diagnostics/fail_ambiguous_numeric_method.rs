// A method on a literal whose type is not known yet (E0689).
fn main() {
    let x = 2.0.powi(2);
    println!("{}", x);
}

// CHECK:STDERR: error[E0689]: can't call method `powi` on ambiguous numeric type `{float}`
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_ambiguous_numeric_method.rs:3:17
// CHECK:STDERR:   |
// CHECK:STDERR: 3 |     let x = 2.0.powi(2);
// CHECK:STDERR:   |                 ^^^^
// CHECK:STDERR:   |
// CHECK:STDERR: help: you must specify a concrete type for this numeric value, like `f32`
// CHECK:STDERR:   |
// CHECK:STDERR: 3 |     let x = 2.0_f32.powi(2);
// CHECK:STDERR:   |                ++++
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0689`.
