// E0308: the initializer's type differs from the let annotation.
fn main() {
    let count: i32 = "three";
    println!("{}", count);
}

// CHECK:STDERR: error[E0308]: mismatched types
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_mismatch_let.rs:3:22
// CHECK:STDERR:   |
// CHECK:STDERR: 3 |     let count: i32 = "three";
// CHECK:STDERR:   |                ---   ^^^^^^^ expected `i32`, found `&str`
// CHECK:STDERR:   |                |
// CHECK:STDERR:   |                expected due to this
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0308`.
