// Several independent errors in different functions: the checker recovers
// and reports all of them.
fn half(x: i32) -> i32 {
    x / 2.0
}

fn greet() {
    println!("{}", nme);
}

fn area(w: u32, h: u32) -> u32 {
    w * h
}

fn main() {
    let a: bool = 5;
    println!("{}", area(1, 2, 3));
    greet();
    println!("{} {}", half(4), a);
}

// CHECK:STDERR: error[E0425]: cannot find value `nme` in this scope
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_multiple_type_errors.rs:8:20
// CHECK:STDERR:   |
// CHECK:STDERR: 8 |     println!("{}", nme);
// CHECK:STDERR:   |                    ^^^ not found in this scope
// CHECK:STDERR:
// CHECK:STDERR: error[E0277]: cannot divide `i32` by `{float}`
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_multiple_type_errors.rs:4:7
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     x / 2.0
// CHECK:STDERR:   |       ^ no implementation for `i32 / {float}`
// CHECK:STDERR:   |
// CHECK:STDERR:   = help: the trait `Div<{float}>` is not implemented for `i32`
// CHECK:STDERR:
// CHECK:STDERR: error[E0308]: mismatched types
// CHECK:STDERR:   --> tests/golden/diagnostics/fail_multiple_type_errors.rs:16:19
// CHECK:STDERR:    |
// CHECK:STDERR: 16 |     let a: bool = 5;
// CHECK:STDERR:    |            ----   ^ expected `bool`, found integer
// CHECK:STDERR:    |            |
// CHECK:STDERR:    |            expected due to this
// CHECK:STDERR:
// CHECK:STDERR: error[E0061]: this function takes 2 arguments but 3 arguments were supplied
// CHECK:STDERR:   --> tests/golden/diagnostics/fail_multiple_type_errors.rs:17:20
// CHECK:STDERR:    |
// CHECK:STDERR: 17 |     println!("{}", area(1, 2, 3));
// CHECK:STDERR:    |                    ^^^^
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: function defined here
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 4 previous errors
// CHECK:STDERR:
// CHECK:STDERR: Some errors have detailed explanations: E0061, E0277, E0308, E0425.
// CHECK:STDERR: For more information about an error, try `wasmrust explain E0061`.
