// Indexing past the end of an array with a computed index.
fn element(values: &[i32; 4], i: usize) -> i32 {
    values[i]
}

fn main() {
    let values = [10, 20, 30, 40];
    for i in 0..5 {
        println!("values[{}] = {}", i, element(&values, i));
    }
}

// CHECK:STDOUT: values[0] = 10
// CHECK:STDOUT: values[1] = 20
// CHECK:STDOUT: values[2] = 30
// CHECK:STDOUT: values[3] = 40
// CHECK:STDERR: thread 'main' panicked at tests/golden/panics/index_out_of_bounds.rs:3:5:
// CHECK:STDERR: index out of bounds: the len is 4 but the index is 4
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
