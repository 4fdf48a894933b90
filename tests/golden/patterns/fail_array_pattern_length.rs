// An array pattern without `..` must have the array's length (E0527).
fn main() {
    let rgb = [255u8, 128, 0];
    let [r, g] = rgb;
    println!("{} {}", r, g);
}

// CHECK:STDERR: error[E0527]: pattern requires 2 elements but array has 3
// CHECK:STDERR:  --> tests/golden/patterns/fail_array_pattern_length.rs:4:9
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     let [r, g] = rgb;
// CHECK:STDERR:   |         ^^^^^^ expected 3 elements
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0527`.
