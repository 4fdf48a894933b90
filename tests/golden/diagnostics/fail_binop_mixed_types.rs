// E0277: adding a float to an integer.
fn main() {
    let count: i32 = 3;
    let scale = 1.5;
    println!("{}", count * scale);
}

// CHECK:STDERR: error[E0277]: cannot multiply `i32` by `{float}`
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_binop_mixed_types.rs:5:26
// CHECK:STDERR:   |
// CHECK:STDERR: 5 |     println!("{}", count * scale);
// CHECK:STDERR:   |                          ^ no implementation for `i32 * {float}`
// CHECK:STDERR:   |
// CHECK:STDERR:   = help: the trait `Mul<{float}>` is not implemented for `i32`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0277`.
