// Fibonacci: tuples, u64 arithmetic and a loop that breaks with a value.
fn fib(n: u32) -> u64 {
    let (mut a, mut b) = (0u64, 1u64);
    for _ in 0..n {
        let next = a + b;
        a = b;
        b = next;
    }
    a
}

fn main() {
    for n in [0, 1, 2, 10, 20, 50, 90] {
        println!("fib({:>2}) = {}", n, fib(n));
    }
    let mut n = 0;
    let first_big = loop {
        if fib(n) > 1_000_000 {
            break n;
        }
        n += 1;
    };
    println!("first Fibonacci number over a million: fib({}) = {}", first_big, fib(first_big));
}
