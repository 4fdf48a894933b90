// FizzBuzz by matching a tuple of remainders, and a truth table by matching
// tuples of booleans.
fn fizzbuzz(n: u32) {
    match (n % 3, n % 5) {
        (0, 0) => println!("FizzBuzz"),
        (0, _) => println!("Fizz"),
        (_, 0) => println!("Buzz"),
        _ => println!("{}", n),
    }
}

fn main() {
    for n in 1..=15 {
        fizzbuzz(n);
    }
    for a in [false, true] {
        for b in [false, true] {
            let xor = match (a, b) {
                (true, false) | (false, true) => true,
                (true, true) | (false, false) => false,
            };
            let implies = match (a, b) {
                (true, false) => false,
                _ => true,
            };
            println!("{:5} {:5} xor={:5} implies={}", a, b, xor, implies);
        }
    }
}

// CHECK:STDOUT: 1
// CHECK:STDOUT: 2
// CHECK:STDOUT: Fizz
// CHECK:STDOUT: 4
// CHECK:STDOUT: Buzz
// CHECK:STDOUT: Fizz
// CHECK:STDOUT: 7
// CHECK:STDOUT: 8
// CHECK:STDOUT: Fizz
// CHECK:STDOUT: Buzz
// CHECK:STDOUT: 11
// CHECK:STDOUT: Fizz
// CHECK:STDOUT: 13
// CHECK:STDOUT: 14
// CHECK:STDOUT: FizzBuzz
// CHECK:STDOUT: false false xor=false implies=true
// CHECK:STDOUT: false true  xor=true  implies=true
// CHECK:STDOUT: true  false xor=true  implies=false
// CHECK:STDOUT: true  true  xor=false implies=true
