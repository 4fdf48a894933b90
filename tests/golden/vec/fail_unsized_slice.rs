// A range of a Vec is a slice, which has no size of its own: it must be
// borrowed.
fn main() {
    let v = vec![1, 2, 3];
    let s = v[1..];
    println!("{}", s.len());
}

// CHECK:STDERR: error[E0277]: the size for values of type `[i32]` cannot be known at compilation time
// CHECK:STDERR:  --> tests/golden/vec/fail_unsized_slice.rs:5:13
// CHECK:STDERR:   |
// CHECK:STDERR: 5 |     let s = v[1..];
// CHECK:STDERR:   |             ^^^^^^ doesn't have a size known at compile-time
// CHECK:STDERR:   |
// CHECK:STDERR:   = help: borrow it instead: `&v[1..]`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0277`.
