// Arithmetic stays within each width: results computed in i8, u16, i64, u64.
fn mean_u8(a: u8, b: u8) -> u8 {
    (a / 2) + (b / 2) + (a % 2 + b % 2) / 2
}

fn main() {
    let a: i8 = -128 + 27;
    let b: i16 = 300 * 100;
    let c: u16 = 65535 - 1;
    let d: i64 = 3_000_000_000 * 3;
    let e: u64 = 10_000_000_000 * 1_000_000_000;
    let f: u32 = 4_000_000_000 / 7;
    println!("{} {} {} {} {} {}", a, b, c, d, e, f);
    println!("mean_u8(255, 253) = {}", mean_u8(255, 253));
    let g: i64 = -9_223_372_036_854_775_807 - 1;
    println!("{}", g / 2);
    let h: u64 = u64::MAX / 3;
    println!("{} {}", h, h % 1000);
    let k: i16 = -32768 / 256;
    println!("{}", k);
    let m: u8 = 7;
    println!("{}", m * m * 5);
}

// CHECK:STDOUT: -101 30000 65534 9000000000 10000000000000000000 571428571
// CHECK:STDOUT: mean_u8(255, 253) = 254
// CHECK:STDOUT: -4611686018427387904
// CHECK:STDOUT: 6148914691236517205 205
// CHECK:STDOUT: -128
// CHECK:STDOUT: 245
