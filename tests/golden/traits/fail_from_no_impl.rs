// `u64::from(x)` where u64 has From impls, but none from x's type: the
// error names the missing impl (E0277), as rustc does, not the parameter
// of the first impl.
fn main() {
    let signed: i32 = -1;
    let wide = u64::from(signed);
    let small = i8::from(200u8);
    println!("{} {}", wide, small);
}

// CHECK:STDERR: error[E0277]: the trait bound `u64: From<i32>` is not satisfied
// CHECK:STDERR:  --> tests/golden/traits/fail_from_no_impl.rs:6:26
// CHECK:STDERR:   |
// CHECK:STDERR: 6 |     let wide = u64::from(signed);
// CHECK:STDERR:   |                          ^^^^^^ the trait `From<i32>` is not implemented for `u64`
// CHECK:STDERR:
// CHECK:STDERR: error[E0277]: the trait bound `i8: From<u8>` is not satisfied
// CHECK:STDERR:  --> tests/golden/traits/fail_from_no_impl.rs:7:26
// CHECK:STDERR:   |
// CHECK:STDERR: 7 |     let small = i8::from(200u8);
// CHECK:STDERR:   |                          ^^^^^ the trait `From<u8>` is not implemented for `i8`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 2 previous errors
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0277`.
