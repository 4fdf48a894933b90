// Integer ranges must cover the whole type: here -1 and everything from
// 100 up are missing (E0004).
fn bucket(n: i8) -> &'static str {
    match n {
        i8::MIN..=-2 => "very negative",
        0..=99 => "small",
    }
}

fn main() {
    println!("{}", bucket(5));
}

// CHECK:STDERR: error[E0004]: non-exhaustive patterns: `-1_i8` and `100_i8..=i8::MAX` not covered
// CHECK:STDERR:  --> tests/golden/patterns/fail_nonexhaustive_int.rs:4:11
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     match n {
// CHECK:STDERR:   |           ^ patterns `-1_i8` and `100_i8..=i8::MAX` not covered
// CHECK:STDERR:   |
// CHECK:STDERR:   = note: the matched value is of type `i8`
// CHECK:STDERR: help: ensure that all possible cases are being handled by adding a match arm with a wildcard pattern, a match arm with multiple or-patterns as shown, or multiple match arms
// CHECK:STDERR:   |
// CHECK:STDERR: 6 ~         0..=99 => "small",
// CHECK:STDERR: 7 ~         -1_i8 | 100_i8..=i8::MAX => todo!(),
// CHECK:STDERR:   |
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0004`.
