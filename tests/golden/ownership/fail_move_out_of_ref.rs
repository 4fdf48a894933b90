// E0507: moving a non-Copy value out from behind a shared reference.
struct Name {
    len: usize,
}

fn length(n: &Name) -> usize {
    let owned = *n;
    owned.len
}

fn main() {
    println!("{}", length(&Name { len: 3 }));
}

// CHECK:STDERR: error[E0507]: cannot move out of `*n` which is behind a shared reference
// CHECK:STDERR:  --> tests/golden/ownership/fail_move_out_of_ref.rs:7:17
// CHECK:STDERR:   |
// CHECK:STDERR: 7 |     let owned = *n;
// CHECK:STDERR:   |                 ^^ move occurs because `*n` has type `Name`, which does not implement the `Copy` trait
// CHECK:STDERR:   |
// CHECK:STDERR: help: consider borrowing here
// CHECK:STDERR:   |
// CHECK:STDERR: 7 |     let owned = &*n;
// CHECK:STDERR:   |                 +
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0507`.
