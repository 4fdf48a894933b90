// The parallel transform of examples/27-parallel.rs: tasks over disjoint chunks, an atomic, join values.
use wasm::sync::atomic::{AtomicUsize, Ordering};
use wasm::thread::{scope, SharedSlice, TaskPanic};

// One task's work: a gain and an offset on every sample of its chunk.
fn process(chunk: &mut [f32]) {
    for x in chunk.iter_mut() {
        *x = *x * 2.0 + 1.0;
    }
}

// A task's panic is the error (`?` passes errors on unchanged in WasmRust).
fn parallel_transform(mut data: SharedSlice<f32>, done: &AtomicUsize) -> Result<(), TaskPanic> {
    scope(|s| {
        for chunk in data.chunks_mut(1000) {
            s.spawn(move || {
                process(chunk);
                done.fetch_add(1, Ordering::SeqCst);
            });
        }
        // All tasks are joined here.
    })?;
    Ok(())
}

// The sum of each half, each in a task of its own, joined for their values.
fn parallel_sum(data: &[f32]) -> f32 {
    let mid = data.len() / 2;
    let (left, right) = (&data[..mid], &data[mid..]);
    let total = scope(|s| {
        let a = s.spawn(move || left.iter().sum::<f32>());
        let b = s.spawn(move || right.iter().sum::<f32>());
        a.join().unwrap() + b.join().unwrap()
    });
    total.unwrap()
}

fn main() {
    let mut samples: Vec<f32> = Vec::new();
    for i in 0..2500 {
        samples.push(i as f32 * 0.5);
    }
    let done = AtomicUsize::new(0);
    match parallel_transform(SharedSlice::new(samples.as_mut_slice()), &done) {
        Ok(()) => println!("transformed {} samples in {} tasks", samples.len(), done.load(Ordering::SeqCst)),
        Err(e) => println!("the transform failed: {}", e),
    }
    println!("first {}, middle {}, last {}", samples[0], samples[1250], samples[2499]);
    println!("sum {}", parallel_sum(&samples));
}

// CHECK:STDOUT: transformed 2500 samples in 3 tasks
// CHECK:STDOUT: first 1, middle 1251, last 2500
// CHECK:STDOUT: sum 3126250
