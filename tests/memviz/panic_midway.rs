// A program that panics with blocks still live: the snapshot is taken
// where it stopped, so the model shows them (and does not call them leaks).
use wasm::heap;

static mut TOTAL: u32 = 0;

fn main() {
    let mut blocks = [0usize; 5];
    for i in 0..5 {
        blocks[i] = heap::alloc(100 * (i + 1), 8);
        unsafe {
            TOTAL += 100 * (i as u32 + 1);
        }
    }
    heap::dealloc(blocks[1], 200, 8);
    let index = unsafe { TOTAL } as usize / 250;  // 6: past the end
    println!("{}", blocks[index]);
}
