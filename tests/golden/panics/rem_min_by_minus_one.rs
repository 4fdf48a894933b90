// i64::MIN % -1 panics as well, although the mathematical result is 0.
fn remainder(a: i64, b: i64) -> i64 {
    a % b
}

fn main() {
    println!("{}", remainder(i64::MIN, 7));
    println!("{}", remainder(i64::MIN, -1));
}

// CHECK:STDOUT: -1
// CHECK:STDERR: thread 'main' panicked at tests/golden/panics/rem_min_by_minus_one.rs:3:5:
// CHECK:STDERR: attempt to calculate the remainder with overflow
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
