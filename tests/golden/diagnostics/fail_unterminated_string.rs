// E0765: a string literal without its closing quote.
fn main() {
    println!("hello);
}

// CHECK:STDERR: error[E0765]: unterminated double quote string
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_unterminated_string.rs:3:14
// CHECK:STDERR:   |
// CHECK:STDERR: 3 |       println!("hello);
// CHECK:STDERR:   |  ______________^
// CHECK:STDERR: 4 | | }
// CHECK:STDERR: 5 | |
// CHECK:STDERR:   | |_
// CHECK:STDERR:
// CHECK:STDERR: error: expected `)`, found end of file
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_unterminated_string.rs:5:1
// CHECK:STDERR:   |
// CHECK:STDERR: 5 |
// CHECK:STDERR:   | ^ expected `)`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 2 previous errors
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0765`.
