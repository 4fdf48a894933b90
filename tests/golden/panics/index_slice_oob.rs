// Out-of-bounds indexing through a slice parameter and through a 2-D array.
fn last_plus(xs: &[u8], extra: usize) -> u8 {
    xs[xs.len() - 1 + extra]
}

fn main() {
    let grid = [[1u8; 3]; 2];
    println!("{}", last_plus(&grid[1], 0));
    println!("{}", last_plus(&grid[0], 1));
}

// CHECK:STDOUT: 1
// CHECK:STDERR: thread 'main' panicked at tests/golden/panics/index_slice_oob.rs:3:5:
// CHECK:STDERR: index out of bounds: the len is 3 but the index is 3
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
