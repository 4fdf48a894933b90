// A tuple-variant pattern must have one sub-pattern per field (E0023).
enum Message {
    Move(i32, i32),
    Quit,
}

fn main() {
    let m = Message::Move(1, 2);
    match m {
        Message::Move(x) => println!("{}", x),
        Message::Quit => {}
    }
}

// CHECK:STDERR: error[E0023]: this pattern has 1 field, but the corresponding tuple variant has 2 fields
// CHECK:STDERR:   --> tests/golden/patterns/fail_pattern_field_count.rs:10:9
// CHECK:STDERR:    |
// CHECK:STDERR: 10 |         Message::Move(x) => println!("{}", x),
// CHECK:STDERR:    |         ^^^^^^^^^^^^^^^^ expected 2 fields, found 1
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0023`.
