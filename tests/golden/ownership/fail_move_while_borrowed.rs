// E0505: moving a value out while a reference to it is still used.
struct Book {
    pages: u32,
}

fn shelve(b: Book) -> u32 {
    b.pages
}

fn main() {
    let book = Book { pages: 300 };
    let bookmark = &book;
    let shelved = shelve(book);
    println!("{} {}", shelved, bookmark.pages);
}

// CHECK:STDERR: error[E0505]: cannot move out of `book` because it is borrowed
// CHECK:STDERR:   --> tests/golden/ownership/fail_move_while_borrowed.rs:13:26
// CHECK:STDERR:    |
// CHECK:STDERR: 12 |     let bookmark = &book;
// CHECK:STDERR:    |                    ----- borrow of `book` occurs here
// CHECK:STDERR: 13 |     let shelved = shelve(book);
// CHECK:STDERR:    |                          ^^^^ move out of `book` occurs here
// CHECK:STDERR: 14 |     println!("{} {}", shelved, bookmark.pages);
// CHECK:STDERR:    |                                -------------- borrow later used here
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0505`.
