// assert! without a message on a condition that becomes false.
fn main() {
    let mut total = 0;
    for i in 1..=5 {
        total += i;
        println!("total = {}", total);
        assert!(total < 10);
    }
    println!("not reached");
}

// CHECK:STDOUT: total = 1
// CHECK:STDOUT: total = 3
// CHECK:STDOUT: total = 6
// CHECK:STDOUT: total = 10
// CHECK:STDERR: thread 'main' panicked at tests/golden/panics/assert_fails.rs:7:9:
// CHECK:STDERR: assertion failed: total < 10
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
