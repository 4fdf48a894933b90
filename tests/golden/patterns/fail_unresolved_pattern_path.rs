// A tuple-struct pattern naming nothing in scope (E0531).
fn main() {
    let v = (1, 2);
    match v {
        Pairish(a, b) => println!("{} {}", a, b),
    }
}

// CHECK:STDERR: error[E0531]: cannot find tuple struct or tuple variant `Pairish` in this scope
// CHECK:STDERR:  --> tests/golden/patterns/fail_unresolved_pattern_path.rs:5:9
// CHECK:STDERR:   |
// CHECK:STDERR: 5 |         Pairish(a, b) => println!("{} {}", a, b),
// CHECK:STDERR:   |         ^^^^^^^ not found in this scope
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0531`.
