// E0308: the body's value does not match the declared return type.
fn is_adult(age: u32) -> bool {
    if age >= 18 {
        return true;
    }
    age
}

fn main() {
    println!("{}", is_adult(20));
}

// CHECK:STDERR: error[E0308]: mismatched types
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_mismatch_return.rs:6:5
// CHECK:STDERR:   |
// CHECK:STDERR: 2 | fn is_adult(age: u32) -> bool {
// CHECK:STDERR:   |                          ---- expected `bool` because of return type
// CHECK:STDERR: ...
// CHECK:STDERR: 6 |     age
// CHECK:STDERR:   |     ^^^ expected `bool`, found `u32`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0308`.
