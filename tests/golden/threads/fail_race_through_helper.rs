// A closure passed to a fn that spawns it is a task of the scope whose
// body passes it on: W1031 and W1032 apply to it as to `s.spawn(..)`.
use wasm::thread::{scope, Scope};

fn run<F: FnOnce() -> i32>(s: &Scope, task: F) {
    s.spawn(task);
}

fn main() {
    let mut total = 0;
    scope(|s| {
        run(s, || {
            total += 1;
            0
        });
        run(s, || total);
    })
    .unwrap();
    scope(|s| {
        let local = vec![1, 2, 3];
        run(s, || local.len() as i32);
    })
    .unwrap();
    println!("{}", total);
}

// CHECK:STDERR: error[W1031]: a task writes `total` while another task also uses it
// CHECK:STDERR:   --> tests/golden/threads/fail_race_through_helper.rs:13:13
// CHECK:STDERR:    |
// CHECK:STDERR: 12 | /         run(s, || {
// CHECK:STDERR: 13 | |             total += 1;
// CHECK:STDERR:    | |             ^^^^^ `total` is written by this task
// CHECK:STDERR: 14 | |             0
// CHECK:STDERR: 15 | |         });
// CHECK:STDERR:    | |__________- the task is spawned here
// CHECK:STDERR: 16 |           run(s, || total);
// CHECK:STDERR:    |                     ----- `total` is also used here
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: tasks of a scope may run at the same time on different threads; a write that another thread may see at the same time is a data race
// CHECK:STDERR:    = help: give each task a part of its own (`SharedSlice::chunks_mut`), return the task's result through `join()`, or use an atomic (`wasm::sync::atomic`)
// CHECK:STDERR:
// CHECK:STDERR: error[W1032]: the task borrows `local`, which does not live until the scope joins it
// CHECK:STDERR:   --> tests/golden/threads/fail_race_through_helper.rs:21:19
// CHECK:STDERR:    |
// CHECK:STDERR: 19 |       scope(|s| {
// CHECK:STDERR:    |  ___________-
// CHECK:STDERR: 20 | |         let local = vec![1, 2, 3];
// CHECK:STDERR:    | |             ----- `local` is declared inside the scope's closure
// CHECK:STDERR: 21 | |         run(s, || local.len() as i32);
// CHECK:STDERR:    | |                   ^^^^^ `local` is borrowed here
// CHECK:STDERR: 22 | |     })
// CHECK:STDERR:    | |_____- tasks are joined when this closure has returned
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: a task may still be running when the scope's closure returns and its variables die
// CHECK:STDERR: help: to move `local` (and every other variable it uses) into the task, use `move`
// CHECK:STDERR:    |
// CHECK:STDERR: 21 |         run(s, move || local.len() as i32);
// CHECK:STDERR:    |                ++++
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 2 previous errors
// CHECK:STDERR:
// CHECK:STDERR: Some errors have detailed explanations: W1031, W1032.
// CHECK:STDERR: For more information about an error, try `wasmrust explain W1031`.
