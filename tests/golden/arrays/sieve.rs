// The sieve of Eratosthenes on a fixed-size bool array.
const N: usize = 100;

fn main() {
    let mut composite = [false; N + 1];
    let mut p = 2;
    while p * p <= N {
        if !composite[p] {
            let mut m = p * p;
            while m <= N {
                composite[m] = true;
                m += p;
            }
        }
        p += 1;
    }
    let mut count = 0;
    for i in 2..=N {
        if !composite[i] {
            print!("{} ", i);
            count += 1;
        }
    }
    println!();
    println!("{} primes up to {}", count, N);
}

// CHECK:STDOUT: 2 3 5 7 11 13 17 19 23 29 31 37 41 43 47 53 59 61 67 71 73 79 83 89 97 
// CHECK:STDOUT: 25 primes up to 100
