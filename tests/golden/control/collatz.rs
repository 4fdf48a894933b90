// Collatz sequences: step counts and the longest chain below a bound.
fn steps(mut n: u64) -> u32 {
    let mut count = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        count += 1;
    }
    count
}

fn main() {
    print!("27:");
    let mut n: u64 = 27;
    let mut peak = n;
    let mut printed = 0;
    while n != 1 {
        if printed < 10 {
            print!(" {}", n);
            printed += 1;
        }
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        if n > peak {
            peak = n;
        }
    }
    println!(" ... (peak {})", peak);
    println!("steps(27) = {}", steps(27));

    let mut best = 1;
    let mut best_steps = 0;
    for start in 1..10_000 {
        let s = steps(start);
        if s > best_steps {
            best = start;
            best_steps = s;
        }
    }
    println!("longest below 10000: {} with {} steps", best, best_steps);
}

// CHECK:STDOUT: 27: 27 82 41 124 62 31 94 47 142 71 ... (peak 9232)
// CHECK:STDOUT: steps(27) = 111
// CHECK:STDOUT: longest below 10000: 6171 with 261 steps
