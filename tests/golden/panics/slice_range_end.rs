// A range end past the slice's length panics with Rust's message.
fn main() {
    let v = vec![1, 2, 3];
    let n = v.len() + 2;
    println!("{:?}", &v[1..n]);
}

// CHECK:STDERR: thread 'main' panicked at tests/golden/panics/slice_range_end.rs:5:23:
// CHECK:STDERR: range end index 5 out of range for slice of length 3
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
