// `break` to a label that no enclosing loop has (E0426).
fn main() {
    for i in 0..3 {
        if i == 1 {
            break 'outer;
        }
        println!("{}", i);
    }
}

// CHECK:STDERR: error[E0426]: use of undeclared label `'outer`
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_undeclared_label.rs:5:19
// CHECK:STDERR:   |
// CHECK:STDERR: 5 |             break 'outer;
// CHECK:STDERR:   |                   ^^^^^^ undeclared label `'outer`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0426`.
