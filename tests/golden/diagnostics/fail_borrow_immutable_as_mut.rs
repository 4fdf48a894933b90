// E0596: taking &mut of a variable that is not declared mut.
fn bump(x: &mut i32) {
    *x += 1;
}

fn main() {
    let n = 5;
    bump(&mut n);
    println!("{}", n);
}

// CHECK:STDERR: error[E0596]: cannot borrow `n` as mutable, as it is not declared as mutable
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_borrow_immutable_as_mut.rs:8:10
// CHECK:STDERR:   |
// CHECK:STDERR: 8 |     bump(&mut n);
// CHECK:STDERR:   |          ^^^^^^ cannot borrow as mutable
// CHECK:STDERR:   |
// CHECK:STDERR: help: consider changing this to be mutable
// CHECK:STDERR:   |
// CHECK:STDERR: 7 |     let mut n = 5;
// CHECK:STDERR:   |         +++
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0596`.
