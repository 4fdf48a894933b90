// A reference moved into a task must not point at a variable declared inside
// the scope's closure (W1032): that variable dies before the scope joins the
// task. References followed through lets (`again`) and made by a method
// (`as_slice`) count; a chunk of a SharedSlice and a borrow of a variable
// declared before the scope are fine.
use wasm::thread::{scope, SharedSlice};
fn main() {
    let outer = vec![1, 2, 3];
    let mut data = vec![0u32; 8];
    let mut shared = SharedSlice::new(&mut data);
    scope(|s| {
        let local = vec![4, 5, 6];
        let r = &local;
        let again = r;
        let fine = &outer;
        for chunk in shared.chunks_mut(4) {
            s.spawn(move || chunk[0] = fine.len() as u32);
        }
        s.spawn(move || again.len());
        let part = local.as_slice();
        s.spawn(move || part.len());
    }).unwrap();
}

// CHECK:STDERR: error[W1032]: the task takes `again`, which borrows `local`, and `local` does not live until the scope joins it
// CHECK:STDERR:   --> tests/golden/threads/fail_task_reference_to_local.rs:19:25
// CHECK:STDERR:    |
// CHECK:STDERR: 11 |       scope(|s| {
// CHECK:STDERR:    |  ___________-
// CHECK:STDERR: 12 | |         let local = vec![4, 5, 6];
// CHECK:STDERR:    | |             ----- `local` is declared inside the scope's closure
// CHECK:STDERR: 13 | |         let r = &local;
// CHECK:STDERR: 14 | |         let again = r;
// CHECK:STDERR: ...  |
// CHECK:STDERR: 19 | |         s.spawn(move || again.len());
// CHECK:STDERR:    | |                         ^^^^^ `again` is moved into the task here
// CHECK:STDERR: 20 | |         let part = local.as_slice();
// CHECK:STDERR: 21 | |         s.spawn(move || part.len());
// CHECK:STDERR: 22 | |     }).unwrap();
// CHECK:STDERR:    | |_____- tasks are joined when this closure has returned
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: a task may still be running when the scope's closure returns and its variables die
// CHECK:STDERR:    = help: declare `local` before the scope, so that it outlives every task
// CHECK:STDERR:
// CHECK:STDERR: error[W1032]: the task takes `part`, which borrows `local`, and `local` does not live until the scope joins it
// CHECK:STDERR:   --> tests/golden/threads/fail_task_reference_to_local.rs:21:25
// CHECK:STDERR:    |
// CHECK:STDERR: 11 |       scope(|s| {
// CHECK:STDERR:    |  ___________-
// CHECK:STDERR: 12 | |         let local = vec![4, 5, 6];
// CHECK:STDERR:    | |             ----- `local` is declared inside the scope's closure
// CHECK:STDERR: 13 | |         let r = &local;
// CHECK:STDERR: 14 | |         let again = r;
// CHECK:STDERR: ...  |
// CHECK:STDERR: 21 | |         s.spawn(move || part.len());
// CHECK:STDERR:    | |                         ^^^^ `part` is moved into the task here
// CHECK:STDERR: 22 | |     }).unwrap();
// CHECK:STDERR:    | |_____- tasks are joined when this closure has returned
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: a task may still be running when the scope's closure returns and its variables die
// CHECK:STDERR:    = help: declare `local` before the scope, so that it outlives every task
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 2 previous errors
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W1032`.
