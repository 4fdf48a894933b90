// Euclid's algorithm, iteratively and recursively, and the least common multiple.
fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        let t = b;
        b = a % b;
        a = t;
    }
    a
}

fn gcd_rec(a: i32, b: i32) -> i32 {
    if b == 0 { a.abs() } else { gcd_rec(b, a % b) }
}

fn lcm(a: u64, b: u64) -> u64 {
    a / gcd(a, b) * b
}

fn main() {
    println!("gcd(48, 18) = {}", gcd(48, 18));
    println!("gcd(17, 5) = {}", gcd(17, 5));
    println!("gcd_rec(-84, 36) = {}", gcd_rec(-84, 36));
    println!("lcm(4, 6) = {}", lcm(4, 6));
    let mut l = 1;
    for k in 1..=20 {
        l = lcm(l, k);
    }
    println!("lcm(1..=20) = {}", l);
    println!("gcd(2^40, 6^15) = {}", gcd(1 << 40, 470_184_984_576));
}

// CHECK:STDOUT: gcd(48, 18) = 6
// CHECK:STDOUT: gcd(17, 5) = 1
// CHECK:STDOUT: gcd_rec(-84, 36) = 12
// CHECK:STDOUT: lcm(4, 6) = 12
// CHECK:STDOUT: lcm(1..=20) = 232792560
// CHECK:STDOUT: gcd(2^40, 6^15) = 32768
