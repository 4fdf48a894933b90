// The heap grows linear memory as it needs: 64 blocks of 1 MiB, each with a
// byte written at both ends, then freed; the same amount again fits in the
// memory the first pass grew.
use wasm::heap;

fn main() {
    let mut blocks = [0usize; 64];
    let size = 1 << 20;
    for i in 0..64 {
        blocks[i] = heap::alloc(size, 8);
        heap::store_u8(blocks[i], i as u8);
        heap::store_u8(blocks[i] + size - 1, i as u8);
    }
    let mut ok = true;
    for i in 0..64 {
        ok = ok && heap::load_u8(blocks[i]) == i as u8 && heap::load_u8(blocks[i] + size - 1) == i as u8;
    }
    let first = blocks[0];
    let last = blocks[63];
    for i in 0..64 {
        heap::dealloc(blocks[i], size, 8);
    }
    let again = heap::alloc(64 * size, 8);
    println!("64 MiB written and read back: {}", ok);
    println!("blocks laid out in order: {}", last - first == 63 * size);
    println!("freed memory merged into one span: {}", again == first);
    heap::dealloc(again, 64 * size, 8);
    println!("live: {}", heap::live_blocks());
}

// CHECK:STDOUT: 64 MiB written and read back: true
// CHECK:STDOUT: blocks laid out in order: true
// CHECK:STDOUT: freed memory merged into one span: true
// CHECK:STDOUT: live: 0
