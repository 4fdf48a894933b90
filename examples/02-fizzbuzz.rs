// FizzBuzz: a `for` loop over a range and an `if`/`else` chain.
fn main() {
    for n in 1..=20 {
        if n % 15 == 0 {
            println!("FizzBuzz");
        } else if n % 3 == 0 {
            println!("Fizz");
        } else if n % 5 == 0 {
            println!("Buzz");
        } else {
            println!("{}", n);
        }
    }
}
