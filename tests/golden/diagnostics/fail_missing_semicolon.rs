// Syntax error: a missing semicolon between two statements.
fn main() {
    let a = 1
    let b = 2;
    println!("{}", a + b);
}

// CHECK:STDERR: error: expected `;`, found `let`
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_missing_semicolon.rs:3:14
// CHECK:STDERR:   |
// CHECK:STDERR: 3 |     let a = 1
// CHECK:STDERR:   |              ^ expected `;`
// CHECK:STDERR: 4 |     let b = 2;
// CHECK:STDERR:   |     --- unexpected token
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
