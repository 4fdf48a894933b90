// Vec::remove past the end panics with Rust's message at the call site.
fn main() {
    let mut v = vec![1, 2, 3];
    v.remove(1);
    let at = v.len() + 3;
    v.remove(at);
}

// CHECK:STDERR: thread 'main' panicked at tests/golden/panics/vec_remove.rs:6:7:
// CHECK:STDERR: removal index (is 5) should be < len (is 2)
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
