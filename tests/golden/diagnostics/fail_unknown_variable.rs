// E0425: a misspelled variable.
fn main() {
    let counter = 10;
    println!("{}", countr + 1);
}

// CHECK:STDERR: error[E0425]: cannot find value `countr` in this scope
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_unknown_variable.rs:4:20
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     println!("{}", countr + 1);
// CHECK:STDERR:   |                    ^^^^^^ not found in this scope
// CHECK:STDERR:   |
// CHECK:STDERR: help: a local variable with a similar name exists
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     println!("{}", counter + 1);
// CHECK:STDERR:   |                         +
// CHECK:STDERR:
// CHECK:STDERR: warning: unused variable: `counter`
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_unknown_variable.rs:3:9
// CHECK:STDERR:   |
// CHECK:STDERR: 3 |     let counter = 10;
// CHECK:STDERR:   |         ^^^^^^^
// CHECK:STDERR:   |
// CHECK:STDERR: help: if this is intentional, prefix it with an underscore
// CHECK:STDERR:   |
// CHECK:STDERR: 3 |     let _counter = 10;
// CHECK:STDERR:   |         +
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error; 1 warning emitted
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0425`.
