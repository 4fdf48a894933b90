// A linear type cannot be copied or cloned, and `#[wasm::linear]` belongs
// on a type.
#[wasm::linear]
#[derive(Clone, Copy, Debug)]
struct Ticket(u32);

#[wasm::linear]
fn not_a_type() {}

fn main() {
    let t = Ticket(1);
    let Ticket(n) = t;
    println!("{}", n);
    not_a_type();
}

// CHECK:STDERR: error[W1022]: a `#[wasm::linear]` type cannot derive `Clone`
// CHECK:STDERR:  --> tests/golden/linear/fail_linear_copy.rs:4:10
// CHECK:STDERR:   |
// CHECK:STDERR: 4 | #[derive(Clone, Copy, Debug)]
// CHECK:STDERR:   |          ^^^^^ a copy would be a second value to consume
// CHECK:STDERR: 5 | struct Ticket(u32);
// CHECK:STDERR:   |        ------ `Ticket` is linear
// CHECK:STDERR:   |
// CHECK:STDERR:   = help: remove `Clone`; pass the value by reference to use it without consuming it
// CHECK:STDERR:
// CHECK:STDERR: error[W1022]: a `#[wasm::linear]` type cannot derive `Copy`
// CHECK:STDERR:  --> tests/golden/linear/fail_linear_copy.rs:4:17
// CHECK:STDERR:   |
// CHECK:STDERR: 4 | #[derive(Clone, Copy, Debug)]
// CHECK:STDERR:   |                 ^^^^ a copy would be a second value to consume
// CHECK:STDERR: 5 | struct Ticket(u32);
// CHECK:STDERR:   |        ------ `Ticket` is linear
// CHECK:STDERR:   |
// CHECK:STDERR:   = help: remove `Copy`; pass the value by reference to use it without consuming it
// CHECK:STDERR:
// CHECK:STDERR: error[W1000]: `#[wasm::linear]` applies to structs and enums
// CHECK:STDERR:  --> tests/golden/linear/fail_linear_copy.rs:7:1
// CHECK:STDERR:   |
// CHECK:STDERR: 7 | #[wasm::linear]
// CHECK:STDERR:   | ^^^^^^^^^^^^^^^ not allowed here
// CHECK:STDERR:   |
// CHECK:STDERR:   = help: put it on the type whose values must be consumed exactly once
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 3 previous errors
// CHECK:STDERR:
// CHECK:STDERR: Some errors have detailed explanations: W1000, W1022.
// CHECK:STDERR: For more information about an error, try `wasmrust explain W1000`.
