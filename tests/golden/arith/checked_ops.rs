// checked_*, overflowing_*, saturating_* and wrapping_pow at each integer
// width's edges, and a factorial that stops at the first overflow.
fn main() {
    println!("{:?} {:?}", i32::MAX.checked_add(1), i32::MAX.checked_sub(1));
    println!("{:?} {:?}", i8::MIN.checked_sub(1), i8::MIN.checked_add(-1));
    println!("{:?} {:?}", 5u8.checked_sub(6), 200u8.checked_mul(2));
    println!("{:?} {:?}", 10i32.checked_div(0), 10i32.checked_rem(3));
    println!("{:?} {:?}", i64::MIN.checked_div(-1), i16::MIN.checked_rem(-1));
    println!("{:?} {:?} {:?}", i32::MIN.checked_neg(), 5u32.checked_neg(), 0u32.checked_neg());
    println!("{:?} {:?}", i8::MIN.checked_abs(), (-7i8).checked_abs());
    println!("{:?} {:?} {:?}", 7i64.checked_pow(3), 2u32.checked_pow(40), (-2i8).checked_pow(7));
    println!("{:?} {:?}", i32::MIN.checked_mul(-1), (-1i64).checked_mul(i64::MIN));
    println!("{:?} {:?}", 65535u16.checked_mul(65535), 40000i32.checked_mul(-60000));
    println!("{:?} {:?}", u64::MAX.checked_add(0), usize::MAX.checked_add(1));
    println!("{} {}", 250u8.saturating_add(10), i32::MIN.saturating_mul(2));
    println!("{} {}", (-3i16).saturating_mul(20000), 3u8.saturating_pow(9));
    println!("{} {}", (-2i32).saturating_pow(33), (-2i32).saturating_pow(32));
    println!("{:?} {:?}", 255u8.overflowing_add(1), 5i32.overflowing_sub(3));
    println!("{:?} {:?}", i32::MIN.overflowing_sub(1), 100u8.overflowing_mul(3));
    println!("{} {}", 3u8.wrapping_pow(6), (-3i32).wrapping_pow(21));
    let mut fact: u64 = 1;
    for i in 1..=25u64 {
        match fact.checked_mul(i) {
            Some(f) => fact = f,
            None => {
                println!("overflow at {}", i);
                break;
            }
        }
    }
    println!("{}", fact);
    let mut total = Some(0u8);
    for x in [120u8, 100, 50] {
        total = total.and_then(|t| t.checked_add(x));
    }
    println!("{:?}", total);
}

// CHECK:STDOUT: None Some(2147483646)
// CHECK:STDOUT: None None
// CHECK:STDOUT: None None
// CHECK:STDOUT: None Some(1)
// CHECK:STDOUT: None None
// CHECK:STDOUT: None None Some(0)
// CHECK:STDOUT: None Some(7)
// CHECK:STDOUT: Some(343) None Some(-128)
// CHECK:STDOUT: None None
// CHECK:STDOUT: None None
// CHECK:STDOUT: Some(18446744073709551615) None
// CHECK:STDOUT: 255 -2147483648
// CHECK:STDOUT: -32768 255
// CHECK:STDOUT: -2147483648 2147483647
// CHECK:STDOUT: (0, true) (2, false)
// CHECK:STDOUT: (2147483647, true) (44, true)
// CHECK:STDOUT: 217 -1870418611
// CHECK:STDOUT: overflow at 21
// CHECK:STDOUT: 2432902008176640000
// CHECK:STDOUT: None
