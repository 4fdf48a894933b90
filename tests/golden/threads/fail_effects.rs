// W1010: spawning a task performs `thread`; atomics perform `atomic_read`
// and `atomic_write` (a read-modify-write both).
use wasm::sync::atomic::{AtomicU32, Ordering};

#[wasm::effect(atomic_read, atomic_write)]
fn bump(c: &AtomicU32) -> u32 {
    c.fetch_add(1, Ordering::SeqCst)
}

#[wasm::effect(atomic_read)]
fn reset(c: &AtomicU32) {
    c.store(0, Ordering::SeqCst);
}

#[wasm::effect(panic)]
fn run_tasks(c: &AtomicU32) -> u32 {
    wasm::thread::scope(|s| {
        s.spawn(|| bump(c));
    })
    .unwrap();
    c.load(Ordering::SeqCst)
}

fn main() {
    let c = AtomicU32::new(0);
    println!("{}", run_tasks(&c));
    reset(&c);
}

// CHECK:STDERR: error[W1010]: `reset` performs `atomic_write`, which its declaration does not allow
// CHECK:STDERR:   --> tests/golden/threads/fail_effects.rs:12:7
// CHECK:STDERR:    |
// CHECK:STDERR: 10 | #[wasm::effect(atomic_read)]
// CHECK:STDERR:    | ---------------------------- declared: `atomic_read`
// CHECK:STDERR: 11 | fn reset(c: &AtomicU32) {
// CHECK:STDERR: 12 |     c.store(0, Ordering::SeqCst);
// CHECK:STDERR:    |       ^^^^^ `atomic_write` happens here
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: `reset` calls `AtomicU32::store` at tests/golden/threads/fail_effects.rs:12:7
// CHECK:STDERR:    = note: `AtomicU32::store` performs `atomic_write`: an atomic store in the standard library
// CHECK:STDERR: help: declare the effect if the fn may perform it
// CHECK:STDERR:    |
// CHECK:STDERR: 10 | #[wasm::effect(atomic_read, atomic_write)]
// CHECK:STDERR:    |                           ++++++++++++++
// CHECK:STDERR:
// CHECK:STDERR: error[W1010]: `run_tasks` performs `atomic_read`, `atomic_write` and `thread`, which its declaration does not allow
// CHECK:STDERR:   --> tests/golden/threads/fail_effects.rs:21:7
// CHECK:STDERR:    |
// CHECK:STDERR: 15 | #[wasm::effect(panic)]
// CHECK:STDERR:    | ---------------------- declared: `panic`
// CHECK:STDERR: ...
// CHECK:STDERR: 21 |     c.load(Ordering::SeqCst)
// CHECK:STDERR:    |       ^^^^ `atomic_read` happens here
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: `run_tasks` calls `AtomicU32::load` at tests/golden/threads/fail_effects.rs:21:7
// CHECK:STDERR:    = note: `AtomicU32::load` performs `atomic_read`: an atomic load in the standard library
// CHECK:STDERR: help: declare the effect if the fn may perform it
// CHECK:STDERR:    |
// CHECK:STDERR: 15 | #[wasm::effect(panic, atomic_read, atomic_write, thread)]
// CHECK:STDERR:    |                     +++++++++++++++++++++++++++++++++++
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 2 previous errors
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W1010`.
