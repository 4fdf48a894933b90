// A BinaryHeap needs Ord elements: floats are only PartialOrd.
use std::collections::BinaryHeap;
fn main() {
    let mut h = BinaryHeap::new();
    h.push(1.5);
    println!("{:?}", h.pop());
}

// CHECK:STDERR: error[E0277]: the trait bound `f64: Ord` is not satisfied
// CHECK:STDERR:  --> tests/golden/collections/fail_heap_not_ord.rs:4:17
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     let mut h = BinaryHeap::new();
// CHECK:STDERR:   |                 ^^^^^^^^^^^^^^^ the trait `Ord` is not implemented for `f64`
// CHECK:STDERR:
// CHECK:STDERR: error[E0277]: the trait bound `f64: Ord` is not satisfied
// CHECK:STDERR:  --> tests/golden/collections/fail_heap_not_ord.rs:5:7
// CHECK:STDERR:   |
// CHECK:STDERR: 5 |     h.push(1.5);
// CHECK:STDERR:   |       ^^^^ the trait `Ord` is not implemented for `f64`
// CHECK:STDERR:
// CHECK:STDERR: error[E0277]: the trait bound `f64: Ord` is not satisfied
// CHECK:STDERR:  --> tests/golden/collections/fail_heap_not_ord.rs:6:24
// CHECK:STDERR:   |
// CHECK:STDERR: 6 |     println!("{:?}", h.pop());
// CHECK:STDERR:   |                        ^^^ the trait `Ord` is not implemented for `f64`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 3 previous errors
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0277`.
