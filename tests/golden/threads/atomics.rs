// wasm::sync::atomic: AtomicU32, AtomicI32 and AtomicUsize shared by tasks
// through references; every operation of the API.
use wasm::sync::atomic::{AtomicI32, AtomicU32, AtomicUsize, Ordering};
use wasm::thread::scope;

fn main() {
    let hits = AtomicU32::new(0);
    let balance = AtomicI32::new(10);
    let peak = AtomicUsize::new(0);
    scope(|s| {
        for i in 0..4usize {
            let (hits, balance, peak) = (&hits, &balance, &peak);
            s.spawn(move || {
                hits.fetch_add(1, Ordering::SeqCst);
                balance.fetch_sub(3, Ordering::Relaxed);
                let mut seen = peak.load(Ordering::Acquire);
                while seen < i * 10 {
                    match peak.compare_exchange(seen, i * 10, Ordering::AcqRel, Ordering::Acquire) {
                        Ok(_) => break,
                        Err(now) => seen = now,
                    }
                }
            });
        }
    })
    .unwrap();
    println!("hits {}", hits.load(Ordering::SeqCst));
    println!("balance {}", balance.load(Ordering::SeqCst));
    println!("peak {}", peak.load(Ordering::SeqCst));
    println!("swap gave {}", hits.swap(100, Ordering::SeqCst));
    hits.store(7, Ordering::Release);
    println!("stored {}", hits.load(Ordering::SeqCst));
    println!("cas ok {:?}", hits.compare_exchange(7, 8, Ordering::SeqCst, Ordering::SeqCst));
    println!("cas err {:?}", hits.compare_exchange(7, 9, Ordering::SeqCst, Ordering::SeqCst));
    println!("into_inner {} {} {}", hits.into_inner(), balance.into_inner(), peak.into_inner());
}

// CHECK:STDOUT: hits 4
// CHECK:STDOUT: balance -2
// CHECK:STDOUT: peak 30
// CHECK:STDOUT: swap gave 4
// CHECK:STDOUT: stored 7
// CHECK:STDOUT: cas ok Ok(7)
// CHECK:STDOUT: cas err Err(8)
// CHECK:STDOUT: into_inner 8 -2 30
