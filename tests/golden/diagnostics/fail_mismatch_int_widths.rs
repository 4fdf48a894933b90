// E0308: integer types never convert implicitly.
fn total(a: u8, b: u32) -> u32 {
    let sum: u32 = a;
    sum + b
}

fn main() {
    println!("{}", total(1, 2));
}

// CHECK:STDERR: error[E0308]: mismatched types
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_mismatch_int_widths.rs:3:20
// CHECK:STDERR:   |
// CHECK:STDERR: 3 |     let sum: u32 = a;
// CHECK:STDERR:   |              ---   ^ expected `u32`, found `u8`
// CHECK:STDERR:   |              |
// CHECK:STDERR:   |              expected due to this
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0308`.
