// Calling a value that is not a function (E0618).
fn main() {
    let width = 10;
    let area = width(5);
    println!("{}", area);
}

// CHECK:STDERR: error[E0618]: expected function, found integer
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_call_non_function.rs:4:16
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     let area = width(5);
// CHECK:STDERR:   |                ^^^^^ call expression requires function
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0618`.
