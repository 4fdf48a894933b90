// E0503: reading a value while a mutable borrow of it is still in use.
fn main() {
    let mut score = 10;
    let handle = &mut score;
    let copy = score;
    *handle += 1;
    println!("{} {}", copy, score);
}

// CHECK:STDERR: error[E0503]: cannot use `score` because it was mutably borrowed
// CHECK:STDERR:  --> tests/golden/ownership/fail_use_while_mutably_borrowed.rs:5:16
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     let handle = &mut score;
// CHECK:STDERR:   |                  ---------- borrow of `score` occurs here
// CHECK:STDERR: 5 |     let copy = score;
// CHECK:STDERR:   |                ^^^^^ use of borrowed `score`
// CHECK:STDERR: 6 |     *handle += 1;
// CHECK:STDERR:   |     ------------ borrow later used here
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0503`.
