// `as` only converts between primitive types (E0605).
struct Meters(f64);

fn main() {
    let m = Meters(3.5);
    let x = m as f64;
    println!("{}", x);
}

// CHECK:STDERR: error[E0605]: non-primitive cast: `Meters` as `f64`
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_struct_cast.rs:6:13
// CHECK:STDERR:   |
// CHECK:STDERR: 6 |     let x = m as f64;
// CHECK:STDERR:   |             ^^^^^^^^ an `as` expression can only be used to convert between primitive types or to coerce to a specific trait object
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0605`.
