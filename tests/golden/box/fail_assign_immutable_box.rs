// Assigning through a Box needs the box itself to be `mut`.
fn main() {
    let b = Box::new(5);
    *b = 6;
    println!("{}", b);
}

// CHECK:STDERR: error[E0594]: cannot assign to `*b`, as `b` is not declared as mutable
// CHECK:STDERR:  --> tests/golden/box/fail_assign_immutable_box.rs:4:5
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     *b = 6;
// CHECK:STDERR:   |     ^^^^^^ cannot assign
// CHECK:STDERR:   |
// CHECK:STDERR: help: consider changing this to be mutable
// CHECK:STDERR:   |
// CHECK:STDERR: 3 |     let mut b = Box::new(5);
// CHECK:STDERR:   |         +++
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0594`.
