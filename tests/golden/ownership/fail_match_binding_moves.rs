// E0382: a `match` arm binding by value moves the variant's field out of
// the matched variable.
#[derive(Debug)]
struct Payload {
    bytes: u32,
}

#[derive(Debug)]
enum Message {
    Empty,
    Data(Payload),
}

fn main() {
    let msg = Message::Data(Payload { bytes: 64 });
    match msg {
        Message::Data(p) => println!("{}", p.bytes),
        Message::Empty => println!("empty"),
    }
    println!("{:?}", msg);
}

// CHECK:STDERR: error[E0382]: borrow of partially moved value: `msg`
// CHECK:STDERR:   --> tests/golden/ownership/fail_match_binding_moves.rs:20:22
// CHECK:STDERR:    |
// CHECK:STDERR: 17 |         Message::Data(p) => println!("{}", p.bytes),
// CHECK:STDERR:    |                       - value partially moved here
// CHECK:STDERR: ...
// CHECK:STDERR: 20 |     println!("{:?}", msg);
// CHECK:STDERR:    |                      ^^^ value borrowed here after partial move
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: partial move occurs because value has type `Payload`, which does not implement the `Copy` trait
// CHECK:STDERR: help: borrow this field in the pattern to avoid moving `msg.0`
// CHECK:STDERR:    |
// CHECK:STDERR: 17 |         Message::Data(ref p) => println!("{}", p.bytes),
// CHECK:STDERR:    |                       +++
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0382`.
