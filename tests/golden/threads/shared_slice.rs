// SharedSlice: made from a `&mut [T]`, read as a slice (len, indexing,
// iter), cut into disjoint chunks for reading and for writing.
use wasm::thread::{scope, SharedSlice};

fn main() {
    let mut grid: Vec<u32> = (1..=10).collect();
    let mut view = SharedSlice::new(&mut grid[..]);
    println!("len {}, empty {}, [3] = {}", view.len(), view.is_empty(), view[3]);
    let lens: Vec<usize> = view.chunks(4).map(|c| c.len()).collect();
    println!("chunk lengths {:?}", lens);
    scope(|s| {
        for (n, chunk) in view.chunks_mut(3).enumerate() {
            s.spawn(move || {
                for x in chunk.iter_mut() {
                    *x = *x * 10 + n as u32;
                }
            });
        }
    })
    .unwrap();
    let sums = scope(|s| {
        let mut handles = Vec::new();
        for chunk in view.chunks(5) {
            handles.push(s.spawn(move || chunk.iter().sum::<u32>()));
        }
        let mut out = Vec::new();
        for h in handles {
            out.push(h.join().unwrap());
        }
        out
    })
    .unwrap();
    println!("sums {:?}", sums);
    println!("{:?}", grid);
}

// CHECK:STDOUT: len 10, empty false, [3] = 4
// CHECK:STDOUT: chunk lengths [4, 4, 2]
// CHECK:STDOUT: sums [152, 410]
// CHECK:STDOUT: [10, 20, 30, 41, 51, 61, 72, 82, 92, 103]
