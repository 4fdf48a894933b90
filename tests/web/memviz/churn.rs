// 20,000 allocations and frees of mixed sizes: 40,000 trace records, more
// than the ring holds, and one allocation of 100,000 bytes to break on.
use wasm::heap;

fn main() {
    let mut kept = [0usize; 8];
    for i in 0..20000 {
        let size = 8 + (i * 37) % 500;
        let p = heap::alloc(size, 8);
        heap::store_u8(p, 1);
        heap::dealloc(p, size, 8);
        if i % 2500 == 0 {
            kept[i / 2500] = heap::alloc(64, 8);
        }
    }
    let big = heap::alloc(100000, 8);
    heap::dealloc(big, 100000, 8);
    println!("live: {}", heap::live_blocks());
}
