// Assigning to something that is not a place (E0070).
fn main() {
    let a = 1;
    a + 1 = 5;
    println!("{}", a);
}

// CHECK:STDERR: error[E0070]: invalid left-hand side of assignment
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_assign_to_rvalue.rs:4:11
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     a + 1 = 5;
// CHECK:STDERR:   |     ----- ^
// CHECK:STDERR:   |     |
// CHECK:STDERR:   |     cannot assign to this expression
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0070`.
