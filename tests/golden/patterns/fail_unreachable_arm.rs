// An arm after a catch-all never runs: rustc warns (unreachable_patterns), and
// this file fails because of the error that follows it.
fn main() {
    let n = 3;
    match n {
        1 => println!("one"),
        _ => println!("many"),
        2 => println!("two"),
    }
    let x: i32 = "not a number";
}

// CHECK:STDERR: error[E0308]: mismatched types
// CHECK:STDERR:   --> tests/golden/patterns/fail_unreachable_arm.rs:10:18
// CHECK:STDERR:    |
// CHECK:STDERR: 10 |     let x: i32 = "not a number";
// CHECK:STDERR:    |            ---   ^^^^^^^^^^^^^^ expected `i32`, found `&str`
// CHECK:STDERR:    |            |
// CHECK:STDERR:    |            expected due to this
// CHECK:STDERR:
// CHECK:STDERR: warning: unreachable pattern
// CHECK:STDERR:  --> tests/golden/patterns/fail_unreachable_arm.rs:8:9
// CHECK:STDERR:   |
// CHECK:STDERR: 8 |         2 => println!("two"),
// CHECK:STDERR:   |         ^
// CHECK:STDERR:   |
// CHECK:STDERR:   = note: `#[warn(unreachable_patterns)]` on by default
// CHECK:STDERR:
// CHECK:STDERR: warning: unused variable: `x`
// CHECK:STDERR:   --> tests/golden/patterns/fail_unreachable_arm.rs:10:9
// CHECK:STDERR:    |
// CHECK:STDERR: 10 |     let x: i32 = "not a number";
// CHECK:STDERR:    |         ^
// CHECK:STDERR:    |
// CHECK:STDERR: help: if this is intentional, prefix it with an underscore
// CHECK:STDERR:    |
// CHECK:STDERR: 10 |     let _x: i32 = "not a number";
// CHECK:STDERR:    |         +
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error; 2 warnings emitted
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0308`.
