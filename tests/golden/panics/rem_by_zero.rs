// Integer remainder by zero panics.
fn bucket(hash: u64, buckets: u64) -> u64 {
    hash % buckets
}

fn main() {
    println!("{}", bucket(12345, 16));
    println!("{}", bucket(12345, 0));
}

// CHECK:STDOUT: 9
// CHECK:STDERR: thread 'main' panicked at tests/golden/panics/rem_by_zero.rs:3:5:
// CHECK:STDERR: attempt to calculate the remainder with a divisor of zero
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
