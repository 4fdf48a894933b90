// Unsigned 8-bit addition overflow in a loop accumulating into a u8.
fn sum(values: &[u8]) -> u8 {
    let mut total: u8 = 0;
    for v in values {
        total += *v;
        println!("total {}", total);
    }
    total
}

fn main() {
    sum(&[100, 100, 100]);
}

// CHECK:STDOUT: total 100
// CHECK:STDOUT: total 200
// CHECK:STDERR: thread 'main' panicked at tests/golden/panics/overflow_add_u8.rs:5:9:
// CHECK:STDERR: attempt to add with overflow
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
