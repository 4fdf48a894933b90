// Syntax error: the body of main is never closed.
fn helper() -> i32 {
    1
}

fn main() {
    let x = helper();
    if x > 0 {
        println!("{}", x);
}

// CHECK:STDERR: error: expected `}`, found end of file
// CHECK:STDERR:   --> tests/golden/diagnostics/fail_unclosed_brace.rs:11:1
// CHECK:STDERR:    |
// CHECK:STDERR: 11 |
// CHECK:STDERR:    | ^ expected `}`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
