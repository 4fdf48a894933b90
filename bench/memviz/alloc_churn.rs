// Allocation-heavy workload for the memviz overhead measurement
// (bench/memviz_overhead.py): 2,000,000 operations over 4,096 slots — a
// pseudo-random mix of allocations of 8 to 2,000 bytes (one in 64 of 8 to
// 40 KiB), frees and reallocations, touching each block once. Nearly all
// the time goes to the allocator, the worst case for its trace.
use wasm::heap;

fn main() {
    let mut ptr = [0usize; 4096];
    let mut size = [0usize; 4096];
    let mut state: u64 = 88172645463325252;
    let mut checksum: usize = 0;
    let mut op = 0;
    while op < 2000000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let r = (state >> 16) as usize;
        let s = r % 4096;
        let n = if r % 64 == 0 { 8 + (r >> 12) % 40960 } else { 8 + (r >> 12) % 2000 };
        if size[s] == 0 {
            ptr[s] = heap::alloc(n, 8);
            size[s] = n;
            heap::store_u8(ptr[s], s as u8);
        } else if (r >> 20) % 4 == 0 {
            ptr[s] = heap::realloc(ptr[s], size[s], 8, n);
            size[s] = n;
        } else {
            checksum = checksum.wrapping_add(heap::load_u8(ptr[s]) as usize);
            heap::dealloc(ptr[s], size[s], 8);
            size[s] = 0;
        }
        op += 1;
    }
    for s in 0..4096 {
        if size[s] != 0 {
            heap::dealloc(ptr[s], size[s], 8);
        }
    }
    println!("checksum {} live {}", checksum, heap::live_blocks());
}
