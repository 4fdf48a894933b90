// E0506: an array borrowed by the iterator of a `for` loop cannot be
// assigned inside the loop.
fn main() {
    let mut levels = [1, 2, 3];
    for level in levels.iter() {
        if *level == 2 {
            levels[0] = 0;
        }
    }
    println!("{:?}", levels);
}

// CHECK:STDERR: error[E0506]: cannot assign to `levels[_]` because it is borrowed
// CHECK:STDERR:  --> tests/golden/ownership/fail_mutate_while_iterating.rs:7:13
// CHECK:STDERR:   |
// CHECK:STDERR: 5 |     for level in levels.iter() {
// CHECK:STDERR:   |                  -------------
// CHECK:STDERR:   |                  |
// CHECK:STDERR:   |                  borrow of `levels[_]` occurs here
// CHECK:STDERR:   |                  borrow later used here
// CHECK:STDERR: 6 |         if *level == 2 {
// CHECK:STDERR: 7 |             levels[0] = 0;
// CHECK:STDERR:   |             ^^^^^^^^^^^^^ assignment to borrowed `levels[_]` occurs here
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0506`.
