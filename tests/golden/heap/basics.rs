// The `wasm::heap` intrinsics one by one: alignment, zero-sized requests,
// reuse of freed blocks, realloc in place and by moving, and the live count.
use wasm::heap;

fn main() {
    // Alignment: every block is aligned as asked, small and large.
    let mut aligned = true;
    let aligns = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096];
    for a in aligns {
        let small = heap::alloc(3, a);
        let large = heap::alloc(5000, a);
        aligned = aligned && small % a == 0 && large % a == 0;
        heap::dealloc(small, 3, a);
        heap::dealloc(large, 5000, a);
    }
    println!("aligned: {}, live: {}", aligned, heap::live_blocks());

    // A zero-sized request allocates nothing: the address is the alignment.
    let z = heap::alloc(0, 16);
    println!("zero-sized: {} (live {})", z, heap::live_blocks());
    heap::dealloc(z, 0, 16);

    // A freed block of a size class is the next one handed out for it.
    let a = heap::alloc(40, 8);
    heap::dealloc(a, 40, 8);
    let b = heap::alloc(60, 4);
    println!("small block reused: {}", a == b);
    heap::dealloc(b, 60, 4);

    // The same for large blocks, whole pages.
    let big = heap::alloc(10000, 8);
    heap::dealloc(big, 10000, 8);
    let big2 = heap::alloc(12000, 8);
    println!("large block reused: {}", big == big2);

    // realloc within the block's footprint stays in place; the data stays.
    let p = heap::alloc(20, 8);
    for i in 0..20 {
        heap::store_u8(p + i, i as u8 + 100);
    }
    let q = heap::realloc(p, 20, 8, 30);
    println!("realloc 20 -> 30 in place: {}", p == q);
    let r = heap::realloc(q, 30, 8, 1000);
    let mut same = true;
    for i in 0..20 {
        same = same && heap::load_u8(r + i) == i as u8 + 100;
    }
    println!("realloc 30 -> 1000 moved: {}, data kept: {}", r != q, same);
    // A large block at the top grows in place; shrinking frees its tail.
    let g = heap::realloc(big2, 12000, 8, 50000);
    println!("large block at the top grows in place: {}", g == big2);
    let s = heap::realloc(g, 50000, 8, 9000);
    println!("large block shrinks in place: {}", s == g);
    let tail = heap::alloc(20000, 8);
    println!("the freed tail is reused: {}", tail == s + 12288);
    println!("live: {}", heap::live_blocks());
    heap::dealloc(tail, 20000, 8);
    heap::dealloc(s, 9000, 8);
    let back = heap::realloc(r, 1000, 8, 0);
    println!("realloc to zero frees: {} (live {})", back, heap::live_blocks());
}

// CHECK:STDOUT: aligned: true, live: 0
// CHECK:STDOUT: zero-sized: 16 (live 0)
// CHECK:STDOUT: small block reused: true
// CHECK:STDOUT: large block reused: true
// CHECK:STDOUT: realloc 20 -> 30 in place: true
// CHECK:STDOUT: realloc 30 -> 1000 moved: true, data kept: true
// CHECK:STDOUT: large block at the top grows in place: true
// CHECK:STDOUT: large block shrinks in place: true
// CHECK:STDOUT: the freed tail is reused: true
// CHECK:STDOUT: live: 3
// CHECK:STDOUT: realloc to zero frees: 8 (live 0)
