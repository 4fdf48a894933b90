// Right-shifting an i64 by 64 or more panics too.
fn shift(x: i64, by: u32) -> i64 {
    x >> by
}

fn main() {
    println!("{}", shift(-1024, 63));
    println!("{}", shift(-1024, 64));
}

// CHECK:STDOUT: -1
// CHECK:STDERR: thread 'main' panicked at tests/golden/panics/overflow_shr_i64.rs:3:5:
// CHECK:STDERR: attempt to shift right with overflow
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
