// Every fixed-width integer type, its bounds and a little arithmetic in it.
fn main() {
    let a: i8 = -100;
    let b: i16 = -30_000;
    let c: i32 = -2_000_000_000;
    let d: i64 = -9_000_000_000_000_000_000;
    let e: u8 = 250;
    let f: u16 = 65_000;
    let g: u32 = 4_000_000_000;
    let h: u64 = 18_000_000_000_000_000_000;
    let i: isize = -123_456;
    let j: usize = 654_321;
    println!("{} {} {} {}", a, b, c, d);
    println!("{} {} {} {}", e, f, g, h);
    println!("{} {}", i, j);

    println!("i8: {} ..= {}", i8::MIN, i8::MAX);
    println!("i16: {} ..= {}", i16::MIN, i16::MAX);
    println!("i32: {} ..= {}", i32::MIN, i32::MAX);
    println!("i64: {} ..= {}", i64::MIN, i64::MAX);
    println!("u8: {} ..= {}", u8::MIN, u8::MAX);
    println!("u16: {} ..= {}", u16::MIN, u16::MAX);
    println!("u32: {} ..= {}", u32::MIN, u32::MAX);
    println!("u64: {} ..= {}", u64::MIN, u64::MAX);

    println!("{}", a + 27);
    println!("{}", e - 50);
    println!("{}", h / 1_000_000_007);
    println!("{}", i * 2 + j as isize);
    println!("{}", 0x7f_u8 as i8 - 0o10 as i8 + 0b1 as i8);
}

// CHECK:STDOUT: -100 -30000 -2000000000 -9000000000000000000
// CHECK:STDOUT: 250 65000 4000000000 18000000000000000000
// CHECK:STDOUT: -123456 654321
// CHECK:STDOUT: i8: -128 ..= 127
// CHECK:STDOUT: i16: -32768 ..= 32767
// CHECK:STDOUT: i32: -2147483648 ..= 2147483647
// CHECK:STDOUT: i64: -9223372036854775808 ..= 9223372036854775807
// CHECK:STDOUT: u8: 0 ..= 255
// CHECK:STDOUT: u16: 0 ..= 65535
// CHECK:STDOUT: u32: 0 ..= 4294967295
// CHECK:STDOUT: u64: 0 ..= 18446744073709551615
// CHECK:STDOUT: -73
// CHECK:STDOUT: 200
// CHECK:STDOUT: 17999999874
// CHECK:STDOUT: 407409
// CHECK:STDOUT: 120
