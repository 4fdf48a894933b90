// Recursion: Euclid's gcd, lcm and the Towers of Hanoi.
fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn lcm(a: u64, b: u64) -> u64 {
    a / gcd(a, b) * b
}

fn hanoi(n: u32, from: char, to: char, via: char, moves: &mut u32) {
    if n == 0 {
        return;
    }
    hanoi(n - 1, from, via, to, moves);
    *moves += 1;
    if n >= 3 {
        println!("move disk {} from {} to {}", n, from, to);
    }
    hanoi(n - 1, via, to, from, moves);
}

fn main() {
    println!("gcd(1071, 462) = {}", gcd(1071, 462));
    let mut l = 1;
    for k in 1..=20 {
        l = lcm(l, k);
    }
    println!("lcm(1..=20) = {}", l);
    let mut moves = 0;
    hanoi(4, 'A', 'C', 'B', &mut moves);
    println!("4 disks: {} moves", moves);
}
