// Two booleans have four combinations; the arms cover three (E0004).
fn main() {
    let pair = (true, false);
    let n = match pair {
        (true, true) => 1,
        (false, _) => 2,
    };
    println!("{}", n);
}

// CHECK:STDERR: error[E0004]: non-exhaustive patterns: `(true, false)` not covered
// CHECK:STDERR:  --> tests/golden/patterns/fail_nonexhaustive_tuple_bool.rs:4:19
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     let n = match pair {
// CHECK:STDERR:   |                   ^^^^ pattern `(true, false)` not covered
// CHECK:STDERR:   |
// CHECK:STDERR:   = note: the matched value is of type `(bool, bool)`
// CHECK:STDERR: help: ensure that all possible cases are being handled by adding a match arm with a wildcard pattern as shown, or multiple match arms
// CHECK:STDERR:   |
// CHECK:STDERR: 6 ~         (false, _) => 2,
// CHECK:STDERR: 7 ~         (true, false) => todo!(),
// CHECK:STDERR:   |
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0004`.
