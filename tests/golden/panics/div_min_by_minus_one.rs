// i32::MIN / -1 does not fit in i32 and panics.
fn divide(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    println!("{}", divide(i32::MIN, 2));
    println!("{}", divide(i32::MIN, -1));
}

// CHECK:STDOUT: -1073741824
// CHECK:STDERR: thread 'main' panicked at tests/golden/panics/div_min_by_minus_one.rs:3:5:
// CHECK:STDERR: attempt to divide with overflow
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
