// 64-bit multiplication overflow while computing factorials.
fn factorial(n: i64) -> i64 {
    let mut acc: i64 = 1;
    for k in 1..=n {
        acc *= k;
    }
    acc
}

fn main() {
    println!("20! = {}", factorial(20));
    println!("21! = {}", factorial(21));
}

// CHECK:STDOUT: 20! = 2432902008176640000
// CHECK:STDERR: thread 'main' panicked at tests/golden/panics/overflow_mul_i64.rs:5:9:
// CHECK:STDERR: attempt to multiply with overflow
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
