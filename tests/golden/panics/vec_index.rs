// Indexing a Vec past its end panics like a slice, at the caller's line.
fn main() {
    let mut v = Vec::new();
    v.push(1u8);
    v.push(2);
    println!("{}", v[1]);
    let i = v.len() * 2;
    println!("{}", v[i]);
}

// CHECK:STDOUT: 2
// CHECK:STDERR: thread 'main' panicked at tests/golden/panics/vec_index.rs:8:20:
// CHECK:STDERR: index out of bounds: the len is 2 but the index is 4
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
