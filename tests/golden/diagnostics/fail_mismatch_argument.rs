// E0308: an argument of the wrong type.
fn square(x: f64) -> f64 {
    x * x
}

fn main() {
    let flag = true;
    println!("{}", square(flag));
}

// CHECK:STDERR: error[E0308]: mismatched types
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_mismatch_argument.rs:8:27
// CHECK:STDERR:   |
// CHECK:STDERR: 8 |     println!("{}", square(flag));
// CHECK:STDERR:   |                           ^^^^ expected `f64`, found `bool`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0308`.
