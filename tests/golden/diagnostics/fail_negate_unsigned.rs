// Unsigned values cannot be negated (E0600).
fn main() {
    let n: u32 = 5;
    let m = -n;
    println!("{}", m);
}

// CHECK:STDERR: error[E0600]: cannot apply unary operator `-` to type `u32`
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_negate_unsigned.rs:4:13
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     let m = -n;
// CHECK:STDERR:   |             ^^ cannot apply unary operator `-`
// CHECK:STDERR:   |
// CHECK:STDERR:   = note: unsigned values cannot be negated
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0600`.
