// An allocation that cannot be satisfied prints Rust's message and aborts.
fn main() {
    let p = wasm::heap::alloc(100, 8);
    println!("first block at an 8-byte boundary: {}", p % 8 == 0);
    let huge = usize::MAX - 7;
    wasm::heap::alloc(huge, 8);
    println!("unreachable");
}

// CHECK:STDOUT: first block at an 8-byte boundary: true
// CHECK:STDERR: memory allocation of 4294967288 bytes failed
// CHECK:EXIT: 134
