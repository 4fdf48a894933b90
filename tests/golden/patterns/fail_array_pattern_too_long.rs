// With `..`, an array pattern still cannot need more elements than the
// array has (E0528).
fn main() {
    let pair = [1, 2];
    let [a, b, c, ..] = pair;
    println!("{} {} {}", a, b, c);
}

// CHECK:STDERR: error[E0528]: pattern requires at least 3 elements but array has 2
// CHECK:STDERR:  --> tests/golden/patterns/fail_array_pattern_too_long.rs:5:9
// CHECK:STDERR:   |
// CHECK:STDERR: 5 |     let [a, b, c, ..] = pair;
// CHECK:STDERR:   |         ^^^^^^^^^^^^^ expected 2 elements
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0528`.
