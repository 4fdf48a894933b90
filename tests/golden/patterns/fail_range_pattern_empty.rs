// A range pattern's lower end must not be above its upper end (E0030).
fn main() {
    let n = 5;
    match n {
        10..=1 => println!("never"),
        _ => println!("other"),
    }
}

// CHECK:STDERR: error[E0030]: lower range bound must be less than or equal to upper
// CHECK:STDERR:  --> tests/golden/patterns/fail_range_pattern_empty.rs:5:9
// CHECK:STDERR:   |
// CHECK:STDERR: 5 |         10..=1 => println!("never"),
// CHECK:STDERR:   |         ^^^^^^ lower bound larger than upper bound
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0030`.
