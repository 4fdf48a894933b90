// E0425: a call to a function that does not exist.
fn compute(x: i32) -> i32 {
    x * 2
}

fn main() {
    println!("{}", compte(21));
}

// CHECK:STDERR: error[E0425]: cannot find function `compte` in this scope
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_unknown_function.rs:7:20
// CHECK:STDERR:   |
// CHECK:STDERR: 7 |     println!("{}", compte(21));
// CHECK:STDERR:   |                    ^^^^^^ not found in this scope
// CHECK:STDERR:   |
// CHECK:STDERR: help: a function with a similar name exists
// CHECK:STDERR:   |
// CHECK:STDERR: 7 |     println!("{}", compute(21));
// CHECK:STDERR:   |                        +
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0425`.
