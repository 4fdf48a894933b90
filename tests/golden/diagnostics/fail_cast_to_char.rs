// E0604: only u8 can be cast to char.
fn main() {
    let code: u32 = 65;
    let c = code as char;
    println!("{}", c);
}

// CHECK:STDERR: error[E0604]: only `u8` can be cast as `char`, not `u32`
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_cast_to_char.rs:4:13
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     let c = code as char;
// CHECK:STDERR:   |             ^^^^^^^^^^^^ invalid cast
// CHECK:STDERR:   |
// CHECK:STDERR:   = help: try `char::from_u32` instead (via a `u32`)
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0604`.
