// A range that starts after it ends panics.
fn main() {
    let a = [1, 2, 3, 4];
    let lo = a.len() - 1;
    println!("{:?}", &a[lo..2]);
}

// CHECK:STDERR: thread 'main' panicked at tests/golden/panics/slice_range_order.rs:5:23:
// CHECK:STDERR: slice index starts at 3 but ends at 2
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
