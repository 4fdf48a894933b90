// The heap allocator under a pseudo-random mix of allocations, frees and
// reallocations of small, medium and large blocks with assorted alignments.
// Every block is filled with a pattern of its own that is checked in full
// when the block is freed or reallocated: an overlap between two live blocks,
// or a realloc that lost data, changes a pattern. At the end no block may be
// left live, and a second round of the same workload must fit in little more
// than the memory the first one used (freed memory is reused, large spans
// merge).
use wasm::heap;

const SLOTS: usize = 64;

struct Rng {
    state: u64,
}

impl Rng {
    fn next(&mut self) -> u32 {
        self.state = self.state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.state >> 33) as u32
    }
    fn below(&mut self, n: u32) -> u32 {
        self.next() % n
    }
}

fn fill(p: usize, size: usize, tag: u32) {
    let mut i = 0;
    while i < size {
        heap::store_u8(p + i, ((tag as usize + i * 7) % 251) as u8);
        i += 1;
    }
}

fn check(p: usize, size: usize, tag: u32) -> bool {
    let mut i = 0;
    while i < size {
        if heap::load_u8(p + i) != ((tag as usize + i * 7) % 251) as u8 {
            println!("corrupt block at {} (size {}, byte {})", p, size, i);
            return false;
        }
        i += 1;
    }
    true
}

fn pick_size(rng: &mut Rng) -> usize {
    let kind = rng.below(10);
    if kind < 6 {
        1 + rng.below(200) as usize
    } else if kind < 9 {
        200 + rng.below(3000) as usize
    } else {
        4000 + rng.below(60000) as usize
    }
}

fn pick_align(rng: &mut Rng) -> usize {
    let aligns = [1, 2, 4, 8, 8, 8, 16, 64, 256, 4096];
    aligns[rng.below(10) as usize]
}

// Runs `steps` operations; returns the highest address any block reached.
fn round(seed: u64, steps: u32, ok: &mut bool) -> usize {
    let mut rng = Rng { state: seed };
    let mut ptr = [0usize; SLOTS];
    let mut size = [0usize; SLOTS];
    let mut align = [0usize; SLOTS];
    let mut tag = [0u32; SLOTS];
    let mut high = 0;
    let mut ops = [0u32; 3];
    let mut step = 0;
    while step < steps {
        let s = rng.below(SLOTS as u32) as usize;
        if size[s] == 0 {
            let n = pick_size(&mut rng);
            let a = pick_align(&mut rng);
            let p = heap::alloc(n, a);
            if p % a != 0 {
                println!("misaligned: {} for align {}", p, a);
                *ok = false;
            }
            ptr[s] = p;
            size[s] = n;
            align[s] = a;
            tag[s] = rng.next();
            fill(p, n, tag[s]);
            ops[0] += 1;
        } else if rng.below(3) == 0 {
            if !check(ptr[s], size[s], tag[s]) {
                *ok = false;
            }
            let n = pick_size(&mut rng);
            let p = heap::realloc(ptr[s], size[s], align[s], n);
            let kept = if n < size[s] { n } else { size[s] };
            if !check(p, kept, tag[s]) {
                *ok = false;
            }
            ptr[s] = p;
            size[s] = n;
            fill(p, n, tag[s]);
            ops[2] += 1;
        } else {
            if !check(ptr[s], size[s], tag[s]) {
                *ok = false;
            }
            heap::dealloc(ptr[s], size[s], align[s]);
            size[s] = 0;
            ops[1] += 1;
        }
        if size[s] != 0 && ptr[s] + size[s] > high {
            high = ptr[s] + size[s];
        }
        step += 1;
    }
    let mut live = 0;
    for s in 0..SLOTS {
        if size[s] != 0 {
            live += 1;
        }
    }
    println!("allocs {}, frees {}, reallocs {}, live {} = {}", ops[0], ops[1], ops[2], live,
             heap::live_blocks());
    for s in 0..SLOTS {
        if size[s] != 0 {
            if !check(ptr[s], size[s], tag[s]) {
                *ok = false;
            }
            heap::dealloc(ptr[s], size[s], align[s]);
        }
    }
    high
}

fn main() {
    let mut ok = true;
    let base = heap::alloc(8, 8);
    heap::dealloc(base, 8, 8);
    let high1 = round(12345, 6000, &mut ok);
    println!("live after round 1: {}", heap::live_blocks());
    let high2 = round(12345, 6000, &mut ok);
    println!("live after round 2: {}", heap::live_blocks());
    // Small blocks never merge, so the second round may need a little more.
    println!("second round within 10% more memory: {}", (high2 - base) * 10 <= (high1 - base) * 11);
    let mut total = 0;
    let mut p = [0usize; 100];
    for i in 0..100 {
        p[i] = heap::alloc(24, 8);
        total += 1;
    }
    for i in 0..100 {
        heap::dealloc(p[i], 24, 8);
    }
    println!("{} small blocks, live {}", total, heap::live_blocks());
    println!("all patterns intact: {}", ok);
}

// CHECK:STDOUT: allocs 2400, frees 2364, reallocs 1236, live 36 = 36
// CHECK:STDOUT: live after round 1: 0
// CHECK:STDOUT: allocs 2400, frees 2364, reallocs 1236, live 36 = 36
// CHECK:STDOUT: live after round 2: 0
// CHECK:STDOUT: second round within 10% more memory: true
// CHECK:STDOUT: 100 small blocks, live 0
// CHECK:STDOUT: all patterns intact: true
