// Plain functions: parameters, return values, recursion and early return.
fn square(x: i32) -> i32 {
    x * x
}

fn factorial(n: u64) -> u64 {
    if n <= 1 {
        return 1;
    }
    n * factorial(n - 1)
}

fn fib(n: u32) -> u32 {
    if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
}

fn sign(x: i32) -> i32 {
    if x < 0 {
        return -1;
    }
    if x == 0 {
        return 0;
    }
    1
}

fn first_multiple_of(k: i32, limit: i32) -> i32 {
    let mut i = 1;
    while i <= limit {
        if i % k == 0 {
            return i;
        }
        i += 1;
    }
    -1
}

fn greet() {
    println!("greetings from a function returning ()");
}

fn main() {
    greet();
    println!("square(7) = {}", square(7));
    println!("factorial(20) = {}", factorial(20));
    println!("fib(20) = {}", fib(20));
    println!("sign: {} {} {}", sign(-5), sign(0), sign(12));
    println!("first multiple of 7 in 20..: {}", first_multiple_of(7, 50));
    println!("first multiple of 70 up to 50: {}", first_multiple_of(70, 50));
}

// CHECK:STDOUT: greetings from a function returning ()
// CHECK:STDOUT: square(7) = 49
// CHECK:STDOUT: factorial(20) = 2432902008176640000
// CHECK:STDOUT: fib(20) = 6765
// CHECK:STDOUT: sign: -1 0 1
// CHECK:STDOUT: first multiple of 7 in 20..: 7
// CHECK:STDOUT: first multiple of 70 up to 50: -1
