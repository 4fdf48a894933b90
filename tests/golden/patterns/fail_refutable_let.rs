// `let` needs a pattern that every value matches (E0005).
enum Command {
    Move(i32),
    Stop,
}

fn main() {
    let c = Command::Move(4);
    let Command::Move(steps) = c;
    println!("{}", steps);
}

// CHECK:STDERR: error[E0005]: refutable pattern in local binding: `Command::Stop` not covered
// CHECK:STDERR:  --> tests/golden/patterns/fail_refutable_let.rs:9:9
// CHECK:STDERR:   |
// CHECK:STDERR: 9 |     let Command::Move(steps) = c;
// CHECK:STDERR:   |         ^^^^^^^^^^^^^^^^^^^^ pattern `Command::Stop` not covered
// CHECK:STDERR:   |
// CHECK:STDERR:   = note: `let` bindings require an "irrefutable pattern", like a `struct` or an `enum` with only one variant
// CHECK:STDERR:   = note: the matched value is of type `Command`
// CHECK:STDERR: help: you might want to use `let else` to handle the variants that aren't matched
// CHECK:STDERR:   |
// CHECK:STDERR: 9 |     let Command::Move(steps) = c else { todo!() };
// CHECK:STDERR:   |                                  ++++++++++++++++
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0005`.
