// 16-bit unsigned multiplication overflow.
fn area(w: u16, h: u16) -> u16 {
    w * h
}

fn main() {
    println!("{}", area(200, 300));
    println!("{}", area(300, 300));
}

// CHECK:STDOUT: 60000
// CHECK:STDERR: thread 'main' panicked at tests/golden/panics/overflow_mul_u16.rs:3:5:
// CHECK:STDERR: attempt to multiply with overflow
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
