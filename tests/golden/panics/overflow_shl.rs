// Shifting by at least the bit width panics.
fn shift(x: u32, by: u32) -> u32 {
    x << by
}

fn main() {
    println!("{}", shift(1, 31));
    println!("{}", shift(1, 32));
}

// CHECK:STDOUT: 2147483648
// CHECK:STDERR: thread 'main' panicked at tests/golden/panics/overflow_shl.rs:3:5:
// CHECK:STDERR: attempt to shift left with overflow
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
