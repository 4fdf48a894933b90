// A buffer that doubles as it grows, as Vec does: realloc from 4 to 1024
// bytes (the small classes, then pages), every byte kept; one other block
// is left live on purpose, which the model reports as a leak.
use wasm::heap;

fn main() {
    let keep = heap::alloc(24, 8);
    heap::store_u8(keep, 7);
    let mut cap = 4;
    let mut buf = heap::alloc(cap, 1);
    let mut len = 0;
    while len < 5000 {
        if len == cap {
            buf = heap::realloc(buf, cap, 1, cap * 2);
            cap *= 2;
        }
        heap::store_u8(buf + len, (len % 251) as u8);
        len += 1;
    }
    let mut ok = true;
    for i in 0..len {
        ok = ok && heap::load_u8(buf + i) == (i % 251) as u8;
    }
    println!("{} bytes in a buffer of {}: {}", len, cap, ok);
    heap::dealloc(buf, cap, 1);
    println!("live blocks: {}", heap::live_blocks());
}
