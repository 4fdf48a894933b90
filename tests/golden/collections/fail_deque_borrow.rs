// A reference into a VecDeque keeps it borrowed: clear() must wait.
use std::collections::VecDeque;
fn main() {
    let mut d: VecDeque<String> = VecDeque::new();
    d.push_back(String::from("a"));
    let first = d.front();
    d.clear();
    println!("{:?}", first);
}

// CHECK:STDERR: error[E0502]: cannot borrow `d` as mutable because it is also borrowed as immutable
// CHECK:STDERR:  --> tests/golden/collections/fail_deque_borrow.rs:7:5
// CHECK:STDERR:   |
// CHECK:STDERR: 6 |     let first = d.front();
// CHECK:STDERR:   |                 --------- immutable borrow occurs here
// CHECK:STDERR: 7 |     d.clear();
// CHECK:STDERR:   |     ^^^^^^^^^ mutable borrow occurs here
// CHECK:STDERR: 8 |     println!("{:?}", first);
// CHECK:STDERR:   |                      ----- immutable borrow later used here
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0502`.
