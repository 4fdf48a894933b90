// A task cannot capture a host reference, even inside a struct: each thread
// has its own reference table, and tasks cannot call host fns (W1030).
use wasm::thread::scope;

struct Element;

#[wasm::import(module = "dom")]
extern "js" {
    fn create(tag: &str) -> externref<Element>;
}

struct Widget {
    el: externref<Element>,
    clicks: u32,
}

fn main() {
    let w = Widget { el: create("a"), clicks: 3 };
    let clicks = w.clicks;
    scope(|s| {
        s.spawn(|| clicks * 2); // fine: a number read before the scope
        s.spawn(|| w.el.is_null());
    });
}

// CHECK:STDERR: error[W1030]: `w` cannot be shared with a task: `externref<Element>` is a host reference
// CHECK:STDERR:   --> tests/golden/threads/fail_task_captures_externref.rs:22:20
// CHECK:STDERR:    |
// CHECK:STDERR: 18 |     let w = Widget { el: create("a"), clicks: 3 };
// CHECK:STDERR:    |         - `w` declared here
// CHECK:STDERR: ...
// CHECK:STDERR: 22 |         s.spawn(|| w.el.is_null());
// CHECK:STDERR:    |                    ^ `w` captured by a task here (its type `Widget` holds one)
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: host references stay on the thread that received them: each thread has its own reference table, and tasks cannot call host fns
// CHECK:STDERR:    = help: read what the task needs from the host before the scope, and share that
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W1030`.
