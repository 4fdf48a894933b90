// The effects of threads, declared: `thread` for spawning, `atomic_read`
// and `atomic_write` for the atomics the tasks share.
use wasm::sync::atomic::{AtomicU32, Ordering};
use wasm::thread::scope;

#[wasm::effect(thread, atomic_read, atomic_write, panic)]
fn count_in_tasks(n: u32) -> u32 {
    let c = AtomicU32::new(0);
    scope(|s| {
        for _ in 0..n {
            s.spawn(|| c.fetch_add(1, Ordering::SeqCst));
        }
    })
    .unwrap();
    c.load(Ordering::SeqCst)
}

fn main() {
    println!("{}", count_in_tasks(3));
}

// CHECK:STDOUT: 3
