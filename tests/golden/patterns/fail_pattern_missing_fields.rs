// A struct pattern without `..` must mention every field (E0027); the help
// offers the `..` as a machine-applicable fix.
enum Event {
    Click { x: u32, y: u32, button: u8 },
    Key(char),
}

fn main() {
    let e = Event::Click { x: 3, y: 4, button: 1 };
    match e {
        Event::Click { x, y } => println!("{} {}", x, y),
        Event::Key(c) => println!("{}", c),
    }
}

// CHECK:STDERR: error[E0027]: pattern does not mention field `button`
// CHECK:STDERR:   --> tests/golden/patterns/fail_pattern_missing_fields.rs:11:9
// CHECK:STDERR:    |
// CHECK:STDERR: 11 |         Event::Click { x, y } => println!("{} {}", x, y),
// CHECK:STDERR:    |         ^^^^^^^^^^^^^^^^^^^^^ missing field `button`
// CHECK:STDERR:    |
// CHECK:STDERR: help: if you don't care about the missing fields, you can explicitly ignore them
// CHECK:STDERR:    |
// CHECK:STDERR: 11 |         Event::Click { x, y , .. } => println!("{} {}", x, y),
// CHECK:STDERR:    |                             ++++
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0027`.
