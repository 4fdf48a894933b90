// const items (also as array lengths), read-only statics and one static mut.
const LIMIT: u32 = 10;
const SCALE: f64 = 2.5;
const SIZE: usize = 4;
const DOUBLE_SIZE: usize = SIZE * 2;
const GREETING: &str = "constant greeting";
static ANSWER: i32 = 42;
static NAME: &str = "wasmrust";
static mut COUNTER: u32 = 0;

fn bump() -> u32 {
    unsafe {
        COUNTER += 1;
        COUNTER
    }
}

fn main() {
    let mut total = 0;
    for i in 0..LIMIT {
        total += i;
    }
    println!("sum below {} = {}", LIMIT, total);
    println!("scaled: {}", SCALE * 4.0);

    let arr = [1u8; SIZE];
    let wide = [0i16; DOUBLE_SIZE];
    println!("{} {}", arr.len(), wide.len());

    println!("{} / {} / {}", GREETING, ANSWER, NAME);

    bump();
    bump();
    println!("counter = {}", bump());
}

// CHECK:STDOUT: sum below 10 = 45
// CHECK:STDOUT: scaled: 10
// CHECK:STDOUT: 4 8
// CHECK:STDOUT: constant greeting / 42 / wasmrust
// CHECK:STDOUT: counter = 3
