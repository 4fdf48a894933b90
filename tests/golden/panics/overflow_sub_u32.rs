// Unsigned subtraction below zero panics.
fn remaining(budget: u32, spent: u32) -> u32 {
    budget - spent
}

fn main() {
    println!("{}", remaining(10, 3));
    println!("{}", remaining(3, 10));
}

// CHECK:STDOUT: 7
// CHECK:STDERR: thread 'main' panicked at tests/golden/panics/overflow_sub_u32.rs:3:5:
// CHECK:STDERR: attempt to subtract with overflow
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
