// A linked list built on the heap intrinsics: ten 8-byte nodes (value,
// next), the even ones removed again, then the rest. The memory model at
// the end shows every node's whole life; nothing is left live.
use wasm::heap;

fn put32(addr: usize, v: usize) {
    for i in 0..4 {
        heap::store_u8(addr + i, ((v >> (8 * i)) & 255) as u8);
    }
}

fn get32(addr: usize) -> usize {
    let mut v = 0;
    for i in 0..4 {
        v |= (heap::load_u8(addr + i) as usize) << (8 * i);
    }
    v
}

fn push_front(head: usize, value: usize) -> usize {
    let node = heap::alloc(8, 4);
    put32(node, value);
    put32(node + 4, head);
    node
}

fn main() {
    let mut head = 0;
    for v in 0..10 {
        head = push_front(head, v);
    }
    // Unlink and free the even values.
    let mut link = 0;
    let mut node = head;
    while node != 0 {
        let next = get32(node + 4);
        if get32(node) % 2 == 0 {
            if link == 0 {
                head = next;
            } else {
                put32(link + 4, next);
            }
            heap::dealloc(node, 8, 4);
        } else {
            link = node;
        }
        node = next;
    }
    let mut n = head;
    while n != 0 {
        print!("{} ", get32(n));
        n = get32(n + 4);
    }
    println!();
    while head != 0 {
        let next = get32(head + 4);
        heap::dealloc(head, 8, 4);
        head = next;
    }
    println!("live blocks: {}", heap::live_blocks());
}
