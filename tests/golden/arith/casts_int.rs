// Integer-to-integer `as` casts: truncation, wrapping and sign- or zero-extension.
fn main() {
    let big: i32 = 300;
    println!("{} {}", big as u8, big as i8);
    let neg: i32 = -1;
    println!("{} {} {} {}", neg as u8, neg as u16, neg as u32, neg as u64);
    let byte: u8 = 200;
    println!("{} {} {}", byte as i8, byte as i32, byte as i8 as i32);
    let s: i8 = -56;
    println!("{} {} {}", s as u8, s as i64, s as u64);
    let wide: u64 = 0x1234_5678_9abc_def0;
    println!("{} {} {} {}", wide as u32, wide as u16, wide as i16, wide as i32);
    let minus: i64 = -5_000_000_000;
    println!("{} {}", minus as i32, minus as u32);
    let h: u16 = 40_000;
    println!("{} {}", h as i16, h as i16 as i32);
    let m = i32::MIN;
    println!("{} {}", m as i64, m as u32);
    let idx: usize = 12;
    println!("{} {}", idx as i32 - 20, (idx as u8) * 2);
    let z: i32 = 123;
    println!("{}", z as usize + 1);
}

// CHECK:STDOUT: 44 44
// CHECK:STDOUT: 255 65535 4294967295 18446744073709551615
// CHECK:STDOUT: -56 200 -56
// CHECK:STDOUT: 200 -56 18446744073709551560
// CHECK:STDOUT: 2596069104 57072 -8464 -1698898192
// CHECK:STDOUT: -705032704 3589934592
// CHECK:STDOUT: -25536 -25536
// CHECK:STDOUT: -2147483648 2147483648
// CHECK:STDOUT: -8 24
// CHECK:STDOUT: 124
