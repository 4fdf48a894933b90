// assert_eq! that fails: the panic message shows both values.
fn triangle(n: u32) -> u32 {
    n * (n + 1) / 2
}

fn main() {
    assert_eq!(triangle(4), 10);
    println!("triangle(4) ok");
    assert_eq!(triangle(5), 16);
    println!("not reached");
}

// CHECK:STDOUT: triangle(4) ok
// CHECK:STDERR: thread 'main' panicked at tests/golden/panics/assert_eq_fails.rs:9:5:
// CHECK:STDERR: assertion `left == right` failed
// CHECK:STDERR:   left: 15
// CHECK:STDERR:  right: 16
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
