// Sieve of Eratosthenes over a Vec<bool>, then twin primes and a prime-counting table.
fn sieve(limit: usize) -> Vec<bool> {
    let mut is_prime = vec![true; limit + 1];
    is_prime[0] = false;
    if limit >= 1 {
        is_prime[1] = false;
    }
    let mut i = 2;
    while i * i <= limit {
        if is_prime[i] {
            let mut j = i * i;
            while j <= limit {
                is_prime[j] = false;
                j += i;
            }
        }
        i += 1;
    }
    is_prime
}

fn primes_up_to(limit: usize) -> Vec<usize> {
    let flags = sieve(limit);
    let mut out = Vec::new();
    for (n, &p) in flags.iter().enumerate() {
        if p {
            out.push(n);
        }
    }
    out
}

fn main() {
    let primes = primes_up_to(100);
    println!("{} primes below 100: {:?}", primes.len(), primes);
    let mut twins = Vec::new();
    for k in 1..primes.len() {
        if primes[k] - primes[k - 1] == 2 {
            twins.push((primes[k - 1], primes[k]));
        }
    }
    println!("twin primes: {:?}", twins);
    for limit in [10, 100, 1000, 10000] {
        println!("pi({:>5}) = {:>4}", limit, primes_up_to(limit).len());
    }
    let last = primes[primes.len() - 1];
    println!("largest below 100: {last}");
}

// CHECK:STDOUT: 25 primes below 100: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97]
// CHECK:STDOUT: twin primes: [(3, 5), (5, 7), (11, 13), (17, 19), (29, 31), (41, 43), (59, 61), (71, 73)]
// CHECK:STDOUT: pi(   10) =    4
// CHECK:STDOUT: pi(  100) =   25
// CHECK:STDOUT: pi( 1000) =  168
// CHECK:STDOUT: pi(10000) = 1229
// CHECK:STDOUT: largest below 100: 97
