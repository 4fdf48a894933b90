// Negating the minimum value of a signed type overflows.
fn negate(x: i16) -> i16 {
    -x
}

fn main() {
    println!("{}", negate(-32767));
    println!("{}", negate(i16::MIN));
}

// CHECK:STDOUT: 32767
// CHECK:STDERR: thread 'main' panicked at tests/golden/panics/overflow_neg_i16.rs:3:5:
// CHECK:STDERR: attempt to negate with overflow
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
