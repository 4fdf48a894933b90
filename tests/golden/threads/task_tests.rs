// MODE: test
// #[test] fns that spawn tasks: `wasmrust test` runs each in a fresh
// instance with its own pool of workers (docs/threads.md); a task's panic
// unwrapped from the scope's result fails the test as any panic does.
fn sum_in_tasks(n: u32) -> u32 {
    let counter = wasm::sync::atomic::AtomicU32::new(0);
    let c = &counter;
    wasm::thread::scope(|s| {
        for i in 0..n {
            s.spawn(move || c.fetch_add(i, wasm::sync::atomic::Ordering::SeqCst));
        }
    }).unwrap();
    counter.load(wasm::sync::atomic::Ordering::SeqCst)
}
#[test]
fn tasks_add_up() {
    assert_eq!(sum_in_tasks(10), 45);
}
#[test]
#[should_panic]
fn task_panic_unwrapped() {
    wasm::thread::scope(|s| { s.spawn(|| -> u32 { panic!("inner") }); }).unwrap();
}

// CHECK:STDOUT:
// CHECK:STDOUT: running 2 tests
// CHECK:STDOUT: test task_panic_unwrapped - should panic ... ok
// CHECK:STDOUT: test tasks_add_up ... ok
// CHECK:STDOUT:
// CHECK:STDOUT: test result: ok. 2 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s
// CHECK:STDOUT:
