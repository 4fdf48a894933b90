// W1032: tasks borrowing variables that die before the scope joins them: a
// loop's chunk, a local of the scope's closure, the scope itself.
use wasm::thread::SharedSlice;

fn main() {
    let mut values = vec![1, 2, 3, 4, 5, 6];
    let mut view = SharedSlice::new(&mut values[..]);
    wasm::thread::scope(|s| {
        for chunk in view.chunks_mut(2) {
            s.spawn(|| chunk[0] = 0);
        }
        let label = String::from("sum");
        s.spawn(|| println!("{}", label));
        s.spawn(|| s.spawn(move || 1));
    })
    .unwrap();
    println!("{:?}", values);
}

// CHECK:STDERR: error[W1032]: the task borrows `chunk`, which does not live until the scope joins it
// CHECK:STDERR:   --> tests/golden/threads/fail_outlives.rs:10:24
// CHECK:STDERR:    |
// CHECK:STDERR:  8 |       wasm::thread::scope(|s| {
// CHECK:STDERR:    |  _________________________-
// CHECK:STDERR:  9 | |         for chunk in view.chunks_mut(2) {
// CHECK:STDERR:    | |             ----- `chunk` is declared inside the scope's closure
// CHECK:STDERR: 10 | |             s.spawn(|| chunk[0] = 0);
// CHECK:STDERR:    | |                        ^^^^^ `chunk` is borrowed here
// CHECK:STDERR: ...  |
// CHECK:STDERR: 14 | |         s.spawn(|| s.spawn(move || 1));
// CHECK:STDERR: 15 | |     })
// CHECK:STDERR:    | |_____- tasks are joined when this closure has returned
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: a task may still be running when the scope's closure returns and its variables die
// CHECK:STDERR: help: to move `chunk` (and every other variable it uses) into the task, use `move`
// CHECK:STDERR:    |
// CHECK:STDERR: 10 |             s.spawn(move || chunk[0] = 0);
// CHECK:STDERR:    |                     ++++
// CHECK:STDERR:
// CHECK:STDERR: error[W1032]: the task borrows `label`, which does not live until the scope joins it
// CHECK:STDERR:   --> tests/golden/threads/fail_outlives.rs:13:35
// CHECK:STDERR:    |
// CHECK:STDERR:  8 |       wasm::thread::scope(|s| {
// CHECK:STDERR:    |  _________________________-
// CHECK:STDERR:  9 | |         for chunk in view.chunks_mut(2) {
// CHECK:STDERR: 10 | |             s.spawn(|| chunk[0] = 0);
// CHECK:STDERR: 11 | |         }
// CHECK:STDERR: 12 | |         let label = String::from("sum");
// CHECK:STDERR:    | |             ----- `label` is declared inside the scope's closure
// CHECK:STDERR: 13 | |         s.spawn(|| println!("{}", label));
// CHECK:STDERR:    | |                                   ^^^^^ `label` is borrowed here
// CHECK:STDERR: 14 | |         s.spawn(|| s.spawn(move || 1));
// CHECK:STDERR: 15 | |     })
// CHECK:STDERR:    | |_____- tasks are joined when this closure has returned
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: a task may still be running when the scope's closure returns and its variables die
// CHECK:STDERR: help: to move `label` (and every other variable it uses) into the task, use `move`
// CHECK:STDERR:    |
// CHECK:STDERR: 13 |         s.spawn(move || println!("{}", label));
// CHECK:STDERR:    |                 ++++
// CHECK:STDERR:
// CHECK:STDERR: error[W1032]: the task borrows `s`, which does not live until the scope joins it
// CHECK:STDERR:   --> tests/golden/threads/fail_outlives.rs:14:20
// CHECK:STDERR:    |
// CHECK:STDERR:  8 |       wasm::thread::scope(|s| {
// CHECK:STDERR:    |                           -- `s` is declared inside the scope's closure
// CHECK:STDERR:    |  _________________________|
// CHECK:STDERR:    | |
// CHECK:STDERR:  9 | |         for chunk in view.chunks_mut(2) {
// CHECK:STDERR: 10 | |             s.spawn(|| chunk[0] = 0);
// CHECK:STDERR: ...  |
// CHECK:STDERR: 14 | |         s.spawn(|| s.spawn(move || 1));
// CHECK:STDERR:    | |                    ^ `s` is borrowed here
// CHECK:STDERR: 15 | |     })
// CHECK:STDERR:    | |_____- tasks are joined when this closure has returned
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: a task may still be running when the scope's closure returns and its variables die
// CHECK:STDERR: help: to move `s` (and every other variable it uses) into the task, use `move`
// CHECK:STDERR:    |
// CHECK:STDERR: 14 |         s.spawn(move || s.spawn(move || 1));
// CHECK:STDERR:    |                 ++++
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 3 previous errors
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W1032`.
