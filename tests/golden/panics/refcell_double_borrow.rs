// Borrowing a RefCell mutably while a shared borrow is alive panics at
// the call, with std's message.
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(vec![1, 2, 3]);
    let first = cell.borrow();
    println!("len {}", first.len());
    cell.borrow_mut().push(4);
    println!("unreachable");
}

// CHECK:STDOUT: len 3
// CHECK:STDERR: thread 'main' panicked at tests/golden/panics/refcell_double_borrow.rs:9:10:
// CHECK:STDERR: already borrowed: BorrowMutError
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
