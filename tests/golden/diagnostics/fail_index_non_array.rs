// E0608: indexing into an integer.
fn main() {
    let value = 1234;
    println!("{}", value[0]);
}

// CHECK:STDERR: error[E0608]: cannot index into a value of type `{integer}`
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_index_non_array.rs:4:20
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     println!("{}", value[0]);
// CHECK:STDERR:   |                    ^^^^^
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0608`.
