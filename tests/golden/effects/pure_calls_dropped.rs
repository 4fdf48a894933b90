// Effect-driven optimization: a call of a pure fn whose value is unused is
// not lowered (the program behaves the same; tests/wasmir_golden/
// pure_call_dropped.rs shows the code).

#[wasm::effect()]
fn checksum(a: u32, b: u32) -> u32 {
    a.rotate_left(5) ^ b
}

fn bump(counter: &mut u32) -> u32 {
    *counter = counter.wrapping_add(1);
    *counter
}

fn main() {
    checksum(1, 2); // pure and unused: dropped
    let mut n = 0;
    bump(&mut n); // pure, but it writes through `&mut`: kept
    let kept = checksum(3, 4);
    println!("kept = {}, n = {}", kept, n);
}

// CHECK:STDOUT: kept = 100, n = 1
