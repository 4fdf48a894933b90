// Bitwise operators and shifts: arithmetic right shift for signed types,
// logical for unsigned ones.
fn main() {
    let a: u8 = 0b1100_1010;
    let b: u8 = 0b1010_0110;
    println!("{:08b} & {:08b} = {:08b}", a, b, a & b);
    println!("{:08b} | {:08b} = {:08b}", a, b, a | b);
    println!("{:08b} ^ {:08b} = {:08b}", a, b, a ^ b);
    println!("!{:08b} = {:08b}", a, !a);
    println!("{} {}", a << 1, a >> 3);

    let s: i32 = -64;
    println!("{} {} {}", s >> 2, s << 3, !s);
    let u: u32 = 0x8000_0000;
    println!("{} {}", u >> 31, (u >> 4) | 1);
    let n: i8 = -128;
    println!("{} {}", n >> 7, !n);
    let w: u64 = 1 << 63;
    println!("{} {}", w, w >> 62);
    let m: i64 = -1;
    println!("{} {}", m >> 40, (m as u64) >> 40);
    let shift = 5u32;
    println!("{}", 3i16 << shift);
    println!("{}", true & false | true ^ true);
}

// CHECK:STDOUT: 11001010 & 10100110 = 10000010
// CHECK:STDOUT: 11001010 | 10100110 = 11101110
// CHECK:STDOUT: 11001010 ^ 10100110 = 01101100
// CHECK:STDOUT: !11001010 = 00110101
// CHECK:STDOUT: 148 25
// CHECK:STDOUT: -16 -512 63
// CHECK:STDOUT: 1 134217729
// CHECK:STDOUT: -1 127
// CHECK:STDOUT: 9223372036854775808 2
// CHECK:STDOUT: -1 16777215
// CHECK:STDOUT: 96
// CHECK:STDOUT: false
