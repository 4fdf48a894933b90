// assert! with a formatted message.
fn average(values: &[i32]) -> i32 {
    assert!(values.len() > 0, "cannot average {} values", values.len());
    let mut sum = 0;
    for v in values {
        sum += *v;
    }
    sum / values.len() as i32
}

fn main() {
    println!("average = {}", average(&[4, 8, 15]));
    let empty: [i32; 0] = [];
    println!("average = {}", average(&empty));
}

// CHECK:STDOUT: average = 9
// CHECK:STDERR: thread 'main' panicked at tests/golden/panics/assert_message.rs:3:5:
// CHECK:STDERR: cannot average 0 values
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
