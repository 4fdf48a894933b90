// A `move` task may take Copy values and references (a chunk of a
// SharedSlice) declared inside the scope's closure, but not a value such as
// a String: the closure would refer to it where it was declared, and that
// place is reused by the loop's next iteration while the task runs.
fn main() {
    let r = wasm::thread::scope(|s| {
        for i in 0..3 {
            let name = format!("task {}", i);
            s.spawn(move || println!("{} of 3", name));
            s.spawn(move || println!("{} is Copy", i));
        }
    });
    println!("{:?}", r.is_ok());
}

// CHECK:STDERR: error[W0005]: a task cannot take `name` by `move` yet: WasmRust's closures hold such values where they were declared
// CHECK:STDERR:  --> tests/golden/threads/fail_task_moves_value.rs:9:49
// CHECK:STDERR:   |
// CHECK:STDERR: 8 |             let name = format!("task {}", i);
// CHECK:STDERR:   |                 ---- `name` is declared inside the scope's closure
// CHECK:STDERR: 9 |             s.spawn(move || println!("{} of 3", name));
// CHECK:STDERR:   |                                                 ^^^^ `name` is moved into the task here
// CHECK:STDERR:   |
// CHECK:STDERR:   = note: only `Copy` values and references are moved into a closure itself; `name` would stay in the scope's closure, which may return (or start its next iteration) while the task runs
// CHECK:STDERR:   = help: declare `name` before the scope and let the task borrow it (each task its own element of a Vec, or its own chunk of a SharedSlice), or make it inside the task
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W0005`.
