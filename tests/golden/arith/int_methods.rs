// Integer methods: abs, pow, min, max, wrapping arithmetic, bit counting and
// Euclidean remainder.
fn main() {
    let a: i32 = -17;
    println!("abs {} {}", a.abs(), 5i64.abs());
    println!("pow {} {} {}", 2i32.pow(10), 3u64.pow(20), (-2i8).pow(7));
    println!("min/max {} {} {} {}", a.min(3), a.max(3), 200u8.max(100), 7u16.min(9));
    println!("wrapping_add {} {}", 250u8.wrapping_add(10), i32::MAX.wrapping_add(1));
    println!("wrapping_mul {} {}", 200u8.wrapping_mul(3), 0x1_0000_0001u64.wrapping_mul(0xffff_ffff));
    println!("wrapping_add as subtraction {}", 5u32.wrapping_add(u32::MAX));
    println!("count_ones {} {} {}", 0b1011u8.count_ones(), (-1i32).count_ones(), 0u64.count_ones());
    println!("leading_zeros {} {} {}", 1u32.leading_zeros(), 0u16.leading_zeros(), (-1i64).leading_zeros());
    println!("trailing_zeros {} {} {}", 8u8.trailing_zeros(), 0i32.trailing_zeros(), (1u64 << 40).trailing_zeros());
    println!("rem_euclid {} {} {} {}", (-7i32).rem_euclid(3), 7i32.rem_euclid(-3), (-7i64).rem_euclid(-3), 7u32.rem_euclid(3));
    println!("% for comparison {} {}", -7 % 3, 7 % -3);
    let x: i16 = -150;
    println!("{}", x.abs().pow(2) as i32 / 3);
}

// CHECK:STDOUT: abs 17 5
// CHECK:STDOUT: pow 1024 3486784401 -128
// CHECK:STDOUT: min/max -17 3 200 7
// CHECK:STDOUT: wrapping_add 4 -2147483648
// CHECK:STDOUT: wrapping_mul 88 18446744073709551615
// CHECK:STDOUT: wrapping_add as subtraction 4
// CHECK:STDOUT: count_ones 3 32 0
// CHECK:STDOUT: leading_zeros 31 16 0
// CHECK:STDOUT: trailing_zeros 3 32 40
// CHECK:STDOUT: rem_euclid 2 1 2 1
// CHECK:STDOUT: % for comparison -1 1
// CHECK:STDOUT: 7500
