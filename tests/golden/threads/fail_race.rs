// W1031: a task writing what another task uses, what the scope body writes
// while a task reads it, a task spawned in a loop writing what all its
// siblings write, and a task writing what the scope body reads after it.
fn main() {
    let data = vec![1, 2, 3, 4];
    let mut total = 0;
    let mut flag = false;
    let mut log = Vec::new();
    wasm::thread::scope(|s| {
        s.spawn(|| total += data[0]);
        s.spawn(|| println!("{}", total));
    })
    .unwrap();
    wasm::thread::scope(|s| {
        s.spawn(|| println!("flag {}", flag));
        flag = true;
    })
    .unwrap();
    wasm::thread::scope(|s| {
        for _ in 0..3 {
            s.spawn(|| log.push(data.len()));
        }
    })
    .unwrap();
    let mut count = 0;
    wasm::thread::scope(|s| {
        s.spawn(|| count += 1);
        println!("{}", count);
    })
    .unwrap();
    println!("{} {} {:?} {}", total, flag, log, count);
}

// CHECK:STDERR: error[W1031]: a task writes `total` while another task also uses it
// CHECK:STDERR:   --> tests/golden/threads/fail_race.rs:10:20
// CHECK:STDERR:    |
// CHECK:STDERR: 10 |         s.spawn(|| total += data[0]);
// CHECK:STDERR:    |         -----------^^^^^------------
// CHECK:STDERR:    |         |          |
// CHECK:STDERR:    |         |          `total` is written by this task
// CHECK:STDERR:    |         the task is spawned here
// CHECK:STDERR: 11 |         s.spawn(|| println!("{}", total));
// CHECK:STDERR:    |                                   ----- `total` is also used here
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: tasks of a scope may run at the same time on different threads; a write that another thread may see at the same time is a data race
// CHECK:STDERR:    = help: give each task a part of its own (`SharedSlice::chunks_mut`), return the task's result through `join()`, or use an atomic (`wasm::sync::atomic`)
// CHECK:STDERR:
// CHECK:STDERR: error[W1031]: the scope body writes `flag` while a task that reads it may run
// CHECK:STDERR:   --> tests/golden/threads/fail_race.rs:16:9
// CHECK:STDERR:    |
// CHECK:STDERR: 15 |         s.spawn(|| println!("flag {}", flag));
// CHECK:STDERR:    |         -------------------------------------
// CHECK:STDERR:    |         |                              |
// CHECK:STDERR:    |         |                              a task reads `flag` here
// CHECK:STDERR:    |         the task is spawned here
// CHECK:STDERR: 16 |         flag = true;
// CHECK:STDERR:    |         ^^^^ `flag` is written here
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: tasks of a scope may run at the same time as the rest of the scope body, until the scope ends
// CHECK:STDERR:    = help: write `flag` before spawning the task, or after `wasm::thread::scope` returns
// CHECK:STDERR:
// CHECK:STDERR: error[W1031]: a task writes `log` while every task this loop spawns writes it
// CHECK:STDERR:   --> tests/golden/threads/fail_race.rs:21:24
// CHECK:STDERR:    |
// CHECK:STDERR: 20 | /         for _ in 0..3 {
// CHECK:STDERR: 21 | |             s.spawn(|| log.push(data.len()));
// CHECK:STDERR:    | |             -----------^^^------------------
// CHECK:STDERR:    | |             |          |
// CHECK:STDERR:    | |             |          `log` is written by this task
// CHECK:STDERR:    | |             the task is spawned here
// CHECK:STDERR: 22 | |         }
// CHECK:STDERR:    | |_________- the loop spawning the task
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: tasks of a scope may run at the same time on different threads; a write that another thread may see at the same time is a data race
// CHECK:STDERR:    = help: give each task a part of its own (`SharedSlice::chunks_mut`), return the task's result through `join()`, or use an atomic (`wasm::sync::atomic`)
// CHECK:STDERR:
// CHECK:STDERR: error[W1031]: a task writes `count` while the scope body uses it
// CHECK:STDERR:   --> tests/golden/threads/fail_race.rs:27:20
// CHECK:STDERR:    |
// CHECK:STDERR: 27 |         s.spawn(|| count += 1);
// CHECK:STDERR:    |         -----------^^^^^------
// CHECK:STDERR:    |         |          |
// CHECK:STDERR:    |         |          `count` is written by this task
// CHECK:STDERR:    |         the task is spawned here
// CHECK:STDERR: 28 |         println!("{}", count);
// CHECK:STDERR:    |                        ----- `count` is also used here
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: tasks of a scope may run at the same time on different threads; a write that another thread may see at the same time is a data race
// CHECK:STDERR:    = help: give each task a part of its own (`SharedSlice::chunks_mut`), return the task's result through `join()`, or use an atomic (`wasm::sync::atomic`)
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 4 previous errors
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W1031`.
