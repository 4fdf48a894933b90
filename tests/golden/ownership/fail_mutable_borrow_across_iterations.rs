// E0499: a `&mut` kept from one iteration of a loop to the next while a
// new one to the same array is taken.
fn main() {
    let mut data = [1, 2, 3];
    let mut last = &mut data[0];
    for i in 1..3 {
        let next = &mut data[i];
        *last += 1;
        last = next;
    }
    println!("{}", last);
}

// CHECK:STDERR: error[E0499]: cannot borrow `data[_]` as mutable more than once at a time
// CHECK:STDERR:  --> tests/golden/ownership/fail_mutable_borrow_across_iterations.rs:7:20
// CHECK:STDERR:   |
// CHECK:STDERR: 5 |     let mut last = &mut data[0];
// CHECK:STDERR:   |                    ------------ first mutable borrow occurs here
// CHECK:STDERR: 6 |     for i in 1..3 {
// CHECK:STDERR: 7 |         let next = &mut data[i];
// CHECK:STDERR:   |                    ^^^^^^^^^^^^ second mutable borrow occurs here
// CHECK:STDERR: 8 |         *last += 1;
// CHECK:STDERR:   |         ---------- first borrow later used here
// CHECK:STDERR:   |
// CHECK:STDERR:   = help: consider using `.split_at_mut(position)` or similar method to obtain two mutable non-overlapping sub-slices
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0499`.
