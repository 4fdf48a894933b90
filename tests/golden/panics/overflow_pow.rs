// Integer pow overflows like multiplication.
fn power(base: i32, exp: u32) -> i32 {
    base.pow(exp)
}

fn main() {
    println!("{}", power(2, 30));
    println!("{}", power(2, 31));
}

// CHECK:STDOUT: 1073741824
// CHECK:STDERR: thread 'main' panicked at tests/golden/panics/overflow_pow.rs:3:5:
// CHECK:STDERR: attempt to multiply with overflow
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
