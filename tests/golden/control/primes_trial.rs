// Primality by trial division, counting primes and printing the first few.
fn is_prime(n: u32) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

fn main() {
    let mut shown = 0;
    let mut n = 0;
    while shown < 15 {
        if is_prime(n) {
            print!("{} ", n);
            shown += 1;
        }
        n += 1;
    }
    println!();
    let mut count = 0;
    for k in 0..10_000 {
        if is_prime(k) {
            count += 1;
        }
    }
    println!("primes below 10000: {}", count);
    println!("{} {}", is_prime(2_147_483_647), is_prime(1_000_000_007 * 1));
}

// CHECK:STDOUT: 2 3 5 7 11 13 17 19 23 29 31 37 41 43 47 
// CHECK:STDOUT: primes below 10000: 1229
// CHECK:STDOUT: true true
