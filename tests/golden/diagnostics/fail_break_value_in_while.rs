// Only `loop` can produce a value with `break` (E0571).
fn main() {
    let mut n = 0;
    let found = while n < 10 {
        if n * n > 20 {
            break n;
        }
        n += 1;
    };
    println!("{:?}", found);
}

// CHECK:STDERR: error[E0571]: `break` with value from a `while` or `for` loop
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_break_value_in_while.rs:6:13
// CHECK:STDERR:   |
// CHECK:STDERR: 6 |             break n;
// CHECK:STDERR:   |             ^^^^^^^ can only break with a value inside `loop` or breakable block
// CHECK:STDERR:   |
// CHECK:STDERR: help: use `break` on its own without a value inside this loop
// CHECK:STDERR:   |
// CHECK:STDERR: 6 -             break n;
// CHECK:STDERR: 6 +             break;
// CHECK:STDERR:   |
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0571`.
