// Writing through `v[i]` borrows the Vec mutably (IndexMut): it must be `mut`.
fn main() {
    let v = vec![1, 2, 3];
    v[0] = 5;
    println!("{:?}", v);
}

// CHECK:STDERR: error[E0596]: cannot borrow `v` as mutable, as it is not declared as mutable
// CHECK:STDERR:  --> tests/golden/vec/fail_index_immutable.rs:4:5
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     v[0] = 5;
// CHECK:STDERR:   |     ^ cannot borrow as mutable
// CHECK:STDERR:   |
// CHECK:STDERR: help: consider changing this to be mutable
// CHECK:STDERR:   |
// CHECK:STDERR: 3 |     let mut v = vec![1, 2, 3];
// CHECK:STDERR:   |         +++
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0596`.
