// E0506: assigning to a value while a reference to it is still used, in a
// loop: the reference made in one iteration is read in the next.
fn main() {
    let mut current = 0;
    let mut previous = &current;
    for step in 1..4 {
        current = step;
        println!("previous {}", previous);
        previous = &current;
    }
}

// CHECK:STDERR: error[E0506]: cannot assign to `current` because it is borrowed
// CHECK:STDERR:  --> tests/golden/ownership/fail_assign_while_borrowed.rs:7:9
// CHECK:STDERR:   |
// CHECK:STDERR: 5 |     let mut previous = &current;
// CHECK:STDERR:   |                        -------- borrow of `current` occurs here
// CHECK:STDERR: 6 |     for step in 1..4 {
// CHECK:STDERR: 7 |         current = step;
// CHECK:STDERR:   |         ^^^^^^^^^^^^^^ assignment to borrowed `current` occurs here
// CHECK:STDERR: 8 |         println!("previous {}", previous);
// CHECK:STDERR:   |                                 -------- borrow later used here
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0506`.
