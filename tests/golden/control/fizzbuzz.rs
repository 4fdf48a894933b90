// FizzBuzz, the classic, with if/else-if chains.
fn main() {
    for i in 1..=30 {
        if i % 15 == 0 {
            println!("FizzBuzz");
        } else if i % 3 == 0 {
            println!("Fizz");
        } else if i % 5 == 0 {
            println!("Buzz");
        } else {
            println!("{}", i);
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
// CHECK:STDOUT: 16
// CHECK:STDOUT: 17
// CHECK:STDOUT: Fizz
// CHECK:STDOUT: 19
// CHECK:STDOUT: Buzz
// CHECK:STDOUT: Fizz
// CHECK:STDOUT: 22
// CHECK:STDOUT: 23
// CHECK:STDOUT: Fizz
// CHECK:STDOUT: Buzz
// CHECK:STDOUT: 26
// CHECK:STDOUT: Fizz
// CHECK:STDOUT: 28
// CHECK:STDOUT: 29
// CHECK:STDOUT: FizzBuzz
