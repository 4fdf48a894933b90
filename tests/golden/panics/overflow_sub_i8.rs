// Signed 8-bit subtraction overflow.
fn step_down(x: i8, by: i8) -> i8 {
    x - by
}

fn main() {
    let mut v: i8 = -100;
    loop {
        v = step_down(v, 10);
        println!("{}", v);
    }
}

// CHECK:STDOUT: -110
// CHECK:STDOUT: -120
// CHECK:STDERR: thread 'main' panicked at tests/golden/panics/overflow_sub_i8.rs:3:5:
// CHECK:STDERR: attempt to subtract with overflow
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
