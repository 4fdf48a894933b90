// Prime sieve: the sieve of Eratosthenes on a fixed array, printed as a table.
const LIMIT: usize = 200;

fn main() {
    let mut composite = [false; LIMIT + 1];
    let mut count = 0;
    for n in 2..=LIMIT {
        if composite[n] {
            continue;
        }
        count += 1;
        print!("{:>5}", n);
        if count % 10 == 0 {
            println!();
        }
        let mut multiple = n * n;
        while multiple <= LIMIT {
            composite[multiple] = true;
            multiple += n;
        }
    }
    println!();
    println!("{} primes up to {}", count, LIMIT);
}
