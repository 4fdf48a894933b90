// E0515: returning a reference to a local of the fn.
struct Totals {
    sum: i64,
}

fn biggest(values: &[i64; 3]) -> &i64 {
    let mut best = Totals { sum: values[0] };
    for v in values.iter() {
        if *v > best.sum {
            best.sum = *v;
        }
    }
    &best.sum
}

fn main() {
    println!("{}", biggest(&[3, 9, 4]));
}

// CHECK:STDERR: error[E0515]: cannot return reference to local data `best.sum`
// CHECK:STDERR:   --> tests/golden/ownership/fail_return_local_reference.rs:13:5
// CHECK:STDERR:    |
// CHECK:STDERR: 13 |     &best.sum
// CHECK:STDERR:    |     ^^^^^^^^^ returns a reference to data owned by the current function
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0515`.
