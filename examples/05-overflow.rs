// Overflow panics: integer overflow stops the program with Rust's message and exit code 101.
fn factorial(n: u32) -> u32 {
    let mut result = 1;
    for k in 1..=n {
        result *= k;
    }
    result
}

fn main() {
    for n in [5, 10, 12, 13] {
        println!("{}! = {}", n, factorial(n));
    }
}
