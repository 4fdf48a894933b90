// Classic bit manipulation: powers of two, lowest set bit, popcount by hand,
// bit reversal and a parity check.
fn is_power_of_two(x: u32) -> bool {
    x != 0 && (x & (x - 1)) == 0
}

fn lowest_set_bit(x: u32) -> u32 {
    x & (!x).wrapping_add(1)
}

fn popcount(mut x: u64) -> u32 {
    let mut n = 0;
    while x != 0 {
        x &= x - 1;
        n += 1;
    }
    n
}

fn reverse_bits(mut x: u8) -> u8 {
    let mut r = 0u8;
    for _ in 0..8 {
        r = (r << 1) | (x & 1);
        x >>= 1;
    }
    r
}

fn next_power_of_two(mut x: u32) -> u32 {
    x -= 1;
    x |= x >> 1;
    x |= x >> 2;
    x |= x >> 4;
    x |= x >> 8;
    x |= x >> 16;
    x + 1
}

fn main() {
    for x in [0u32, 1, 6, 64, 96, 1024] {
        println!("{}: pow2 {} lowest {}", x, is_power_of_two(x), lowest_set_bit(x));
    }
    println!("popcount {} {}", popcount(0xF0F0), popcount(u64::MAX));
    println!("reverse {:08b} -> {:08b}", 0b0000_0111u8, reverse_bits(0b0000_0111));
    println!("next pow2 {} {} {}", next_power_of_two(5), next_power_of_two(64), next_power_of_two(1000));
    let a = 12;
    let b = 25;
    let (a, b) = (a ^ b, b);
    let (a, b) = (a, a ^ b);
    let a = a ^ b;
    println!("xor swap: {} {}", a, b);
    println!("parity of 0b1011: {}", popcount(0b1011) % 2);
}

// CHECK:STDOUT: 0: pow2 false lowest 0
// CHECK:STDOUT: 1: pow2 true lowest 1
// CHECK:STDOUT: 6: pow2 false lowest 2
// CHECK:STDOUT: 64: pow2 true lowest 64
// CHECK:STDOUT: 96: pow2 false lowest 32
// CHECK:STDOUT: 1024: pow2 true lowest 1024
// CHECK:STDOUT: popcount 8 64
// CHECK:STDOUT: reverse 00000111 -> 11100000
// CHECK:STDOUT: next pow2 8 64 1024
// CHECK:STDOUT: xor swap: 25 12
// CHECK:STDOUT: parity of 0b1011: 1
