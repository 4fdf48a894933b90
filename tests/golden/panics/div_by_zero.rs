// Integer division by zero panics.
fn ratio(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    println!("{}", ratio(10, 3));
    println!("{}", ratio(10, 0));
}

// CHECK:STDOUT: 3
// CHECK:STDERR: thread 'main' panicked at tests/golden/panics/div_by_zero.rs:3:5:
// CHECK:STDERR: attempt to divide by zero
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
