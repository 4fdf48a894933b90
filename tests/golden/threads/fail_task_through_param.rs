// W1030 follows a closure into the fns that spawn it: a helper taking the
// task as a generic parameter, and a helper calling that helper. The
// closure's captures are checked where it is written.
use std::cell::Cell;
use std::rc::Rc;
use wasm::thread::{scope, Scope};

fn spawn_task<F: FnOnce() -> i32>(s: &Scope, f: F) {
    s.spawn(f);
}

fn spawn_twice<F: FnOnce() -> i32>(s: &Scope, f: F, g: F) {
    spawn_task(s, f);
    spawn_task(s, g);
}

fn main() {
    let counted = Rc::new(5);
    let flag = Cell::new(1);
    let plain = 7;
    scope(|s| {
        spawn_task(s, || *counted + 1);
        spawn_task(s, || plain * 2);
    })
    .unwrap();
    scope(|s| {
        let read = || flag.get();
        spawn_twice(s, read, read);
    })
    .unwrap();
}

// CHECK:STDERR: error[W1030]: `counted` cannot be shared with a task: `Rc<i32>` is not thread-safe
// CHECK:STDERR:   --> tests/golden/threads/fail_task_through_param.rs:22:27
// CHECK:STDERR:    |
// CHECK:STDERR:  9 |     s.spawn(f);
// CHECK:STDERR:    |     ---------- the closure is spawned as a task here
// CHECK:STDERR: ...
// CHECK:STDERR: 18 |     let counted = Rc::new(5);
// CHECK:STDERR:    |         ------- `counted` declared here
// CHECK:STDERR: ...
// CHECK:STDERR: 22 |         spawn_task(s, || *counted + 1);
// CHECK:STDERR:    |                           ^^^^^^^ `counted` captured by a task here
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: `Rc` counts its owners without atomic operations, so two tasks using it at once on different threads could corrupt it
// CHECK:STDERR:    = help: share the data by reference (`&T`) or give each task its own copy
// CHECK:STDERR:
// CHECK:STDERR: error[W1030]: `flag` cannot be shared with a task: `Cell<i32>` is not thread-safe
// CHECK:STDERR:   --> tests/golden/threads/fail_task_through_param.rs:27:23
// CHECK:STDERR:    |
// CHECK:STDERR:  9 |     s.spawn(f);
// CHECK:STDERR:    |     ---------- the closure is spawned as a task here
// CHECK:STDERR: ...
// CHECK:STDERR: 19 |     let flag = Cell::new(1);
// CHECK:STDERR:    |         ---- `flag` declared here
// CHECK:STDERR: ...
// CHECK:STDERR: 27 |         let read = || flag.get();
// CHECK:STDERR:    |                       ^^^^ `flag` captured by a task here
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: `Cell` changes its contents through shared references without synchronization, so two tasks using it at once on different threads could corrupt it
// CHECK:STDERR:    = help: use an atomic (`wasm::sync::atomic::AtomicU32`, ...) for a shared counter or flag, or move a value of its own into each task
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 2 previous errors
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W1030`.
