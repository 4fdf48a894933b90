// Bits: shifts, masks and the integer methods `count_ones`, `leading_zeros`, `rotate_left`.
fn main() {
    let x: u32 = 0b1011_0000_0000_0000_0000_0000_0001_0110;
    println!("x          = {:#034b}", x);
    println!("ones       = {}", x.count_ones());
    println!("lead zeros = {}", x.leading_zeros());
    println!("trail zeros= {}", x.trailing_zeros());
    println!("rotl 4     = {:#010x}", x.rotate_left(4));
    let flags: u8 = 0b0000_0101;
    for bit in 0..4 {
        let set = flags & (1 << bit) != 0;
        println!("bit {} is {}", bit, if set { "set" } else { "clear" });
    }
    println!("-1 as u8 = {}, 300 as u8 = {}, -1i32 >> 1 = {}", -1i32 as u8, 300i32 as u8, -1i32 >> 1);
    println!("wrapping {} checked-free {}", 250u8.wrapping_add(10), i32::MAX.wrapping_add(1));
}
