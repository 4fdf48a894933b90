// panic! with a formatted message after some output: stdout must be flushed,
// the exit code is 101.
fn check_temperature(t: i32) {
    if t > 100 {
        panic!("temperature {} is above the limit of {}", t, 100);
    }
    println!("temperature {} ok", t);
}

fn main() {
    check_temperature(20);
    check_temperature(99);
    check_temperature(150);
    println!("not reached");
}

// CHECK:STDOUT: temperature 20 ok
// CHECK:STDOUT: temperature 99 ok
// CHECK:STDERR: thread 'main' panicked at tests/golden/panics/panic_message.rs:5:9:
// CHECK:STDERR: temperature 150 is above the limit of 100
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
