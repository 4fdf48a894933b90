// W1030: tasks capturing what is not thread-safe: an Rc, a Cell borrowed
// from outside the task, a struct holding a RefCell, an Rc in a closure
// passed as a variable. A Cell moved into its task is fine.
use std::cell::{Cell, RefCell};
use std::rc::Rc;

struct Cache {
    entries: RefCell<Vec<u32>>,
}

fn main() {
    let shared = Rc::new(5);
    let hits = Cell::new(0);
    let cache = Cache { entries: RefCell::new(Vec::new()) };
    let owned = Cell::new(1);
    let other = Rc::new(7);
    let peek = || *other;
    wasm::thread::scope(|s| {
        s.spawn(|| println!("{}", shared));
        s.spawn(|| hits.set(hits.get() + 1));
        s.spawn(|| cache.entries.borrow_mut().push(1));
        s.spawn(move || owned.set(2));
        s.spawn(peek);
    })
    .unwrap();
}

// CHECK:STDERR: error[W1030]: `shared` cannot be shared with a task: `Rc<i32>` is not thread-safe
// CHECK:STDERR:   --> tests/golden/threads/fail_unsync.rs:19:35
// CHECK:STDERR:    |
// CHECK:STDERR: 12 |     let shared = Rc::new(5);
// CHECK:STDERR:    |         ------ `shared` declared here
// CHECK:STDERR: ...
// CHECK:STDERR: 19 |         s.spawn(|| println!("{}", shared));
// CHECK:STDERR:    |                                   ^^^^^^ `shared` captured by a task here
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: `Rc` counts its owners without atomic operations, so two tasks using it at once on different threads could corrupt it
// CHECK:STDERR:    = help: share the data by reference (`&T`) or give each task its own copy
// CHECK:STDERR:
// CHECK:STDERR: error[W1030]: `hits` cannot be shared with a task: `Cell<i32>` is not thread-safe
// CHECK:STDERR:   --> tests/golden/threads/fail_unsync.rs:20:20
// CHECK:STDERR:    |
// CHECK:STDERR: 13 |     let hits = Cell::new(0);
// CHECK:STDERR:    |         ---- `hits` declared here
// CHECK:STDERR: ...
// CHECK:STDERR: 20 |         s.spawn(|| hits.set(hits.get() + 1));
// CHECK:STDERR:    |                    ^^^^ `hits` captured by a task here
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: `Cell` changes its contents through shared references without synchronization, so two tasks using it at once on different threads could corrupt it
// CHECK:STDERR:    = help: use an atomic (`wasm::sync::atomic::AtomicU32`, ...) for a shared counter or flag, or move a value of its own into each task
// CHECK:STDERR:
// CHECK:STDERR: error[W1030]: `cache` cannot be shared with a task: `RefCell<Vec<u32>>` is not thread-safe
// CHECK:STDERR:   --> tests/golden/threads/fail_unsync.rs:21:20
// CHECK:STDERR:    |
// CHECK:STDERR: 14 |     let cache = Cache { entries: RefCell::new(Vec::new()) };
// CHECK:STDERR:    |         ----- `cache` declared here
// CHECK:STDERR: ...
// CHECK:STDERR: 21 |         s.spawn(|| cache.entries.borrow_mut().push(1));
// CHECK:STDERR:    |                    ^^^^^ `cache` captured by a task here (its type `Cache` holds one)
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: `RefCell` changes its contents through shared references without synchronization, so two tasks using it at once on different threads could corrupt it
// CHECK:STDERR:    = help: use an atomic (`wasm::sync::atomic::AtomicU32`, ...) for a shared counter or flag, or move a value of its own into each task
// CHECK:STDERR:
// CHECK:STDERR: error[W1030]: `other` cannot be shared with a task: `Rc<i32>` is not thread-safe
// CHECK:STDERR:   --> tests/golden/threads/fail_unsync.rs:17:20
// CHECK:STDERR:    |
// CHECK:STDERR: 16 |     let other = Rc::new(7);
// CHECK:STDERR:    |         ----- `other` declared here
// CHECK:STDERR: 17 |     let peek = || *other;
// CHECK:STDERR:    |                    ^^^^^ `other` captured by a task here
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: `Rc` counts its owners without atomic operations, so two tasks using it at once on different threads could corrupt it
// CHECK:STDERR:    = help: share the data by reference (`&T`) or give each task its own copy
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 4 previous errors
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W1030`.
