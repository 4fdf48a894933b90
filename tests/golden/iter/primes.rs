// Primes with filter and all, running totals with scan-like folds, and a
// small table built with zip, chain and rev.
fn is_prime(n: u32) -> bool {
    n >= 2 && (2..n).take_while(|d| d * d <= n).all(|d| n % d != 0)
}

fn main() {
    let primes: Vec<u32> = (1..50).filter(|&n| is_prime(n)).collect();
    println!("{:?}", primes);
    println!("sum of primes below 50: {}", primes.iter().sum::<u32>());
    let twins: Vec<(u32, u32)> = primes
        .iter()
        .zip(primes.iter().skip(1))
        .filter(|(a, b)| *b - *a == 2)
        .map(|(a, b)| (*a, *b))
        .collect();
    println!("{:?}", twins);
    let mut running = Vec::new();
    let mut acc = 0;
    for x in [3, 1, 4, 1, 5, 9, 2, 6].iter() {
        acc += x;
        running.push(acc);
    }
    println!("{:?}", running);
    let totals: Vec<i32> = [3, 1, 4, 1, 5].iter().fold(Vec::new(), |mut t, &x| {
        let last = t.last().copied().unwrap_or(0);
        t.push(last + x);
        t
    });
    println!("{:?}", totals);
    let countdown: Vec<String> = (1..=3).rev().map(|n| n.to_string()).chain(vec![String::from("go")].into_iter()).collect();
    println!("{}", countdown.join("... "));
    let squares_of_odds: u64 = (1..=99u64).step_by(2).map(|x| x * x).sum();
    println!("{}", squares_of_odds);
    let factorials: Vec<u64> = (1..=10u64).map(|n| (1..=n).product()).collect();
    println!("{:?}", factorials);
    let first_big = (1..).map(|n: u64| n * n * n).find(|&c| c > 1000);
    println!("{:?}", first_big);
}

// CHECK:STDOUT: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47]
// CHECK:STDOUT: sum of primes below 50: 328
// CHECK:STDOUT: [(3, 5), (5, 7), (11, 13), (17, 19), (29, 31), (41, 43)]
// CHECK:STDOUT: [3, 4, 8, 9, 14, 23, 25, 31]
// CHECK:STDOUT: [3, 4, 8, 9, 14]
// CHECK:STDOUT: 3... 2... 1... go
// CHECK:STDOUT: 166650
// CHECK:STDOUT: [1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800]
// CHECK:STDOUT: Some(1331)
