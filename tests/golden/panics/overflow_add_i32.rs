// Signed 32-bit addition overflow panics (overflow checks are on in debug builds).
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    println!("{}", add(i32::MAX - 1, 1));
    println!("{}", add(i32::MAX, 1));
}

// CHECK:STDOUT: 2147483647
// CHECK:STDERR: thread 'main' panicked at tests/golden/panics/overflow_add_i32.rs:3:5:
// CHECK:STDERR: attempt to add with overflow
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
