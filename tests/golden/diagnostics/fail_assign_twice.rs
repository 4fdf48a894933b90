// E0384: assigning twice to an immutable variable.
fn main() {
    let total = 0;
    for i in 0..10 {
        total = total + i;
    }
    println!("{}", total);
}

// CHECK:STDERR: error[E0384]: cannot assign twice to immutable variable `total`
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_assign_twice.rs:5:9
// CHECK:STDERR:   |
// CHECK:STDERR: 3 |     let total = 0;
// CHECK:STDERR:   |         ----- first assignment to `total`
// CHECK:STDERR: 4 |     for i in 0..10 {
// CHECK:STDERR: 5 |         total = total + i;
// CHECK:STDERR:   |         ^^^^^^^^^^^^^^^^^ cannot assign twice to immutable variable
// CHECK:STDERR:   |
// CHECK:STDERR: help: consider making this binding mutable
// CHECK:STDERR:   |
// CHECK:STDERR: 3 |     let mut total = 0;
// CHECK:STDERR:   |         +++
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0384`.
