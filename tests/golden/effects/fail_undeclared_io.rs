// A fn performs an effect its declaration leaves out; the notes follow the
// call chain down to the `println!` (W1010).

fn log_value(v: u32) {
    println!("value: {}", v);
}

fn checked(v: u32) -> u32 {
    log_value(v);
    v
}

#[wasm::effect(panic)]
fn compute(v: u32) -> u32 {
    checked(v) + 1
}

fn main() {
    println!("{}", compute(41));
}

// CHECK:STDERR: error[W1010]: `compute` performs `io`, which its declaration does not allow
// CHECK:STDERR:   --> tests/golden/effects/fail_undeclared_io.rs:15:5
// CHECK:STDERR:    |
// CHECK:STDERR: 13 | #[wasm::effect(panic)]
// CHECK:STDERR:    | ---------------------- declared: `panic`
// CHECK:STDERR: 14 | fn compute(v: u32) -> u32 {
// CHECK:STDERR: 15 |     checked(v) + 1
// CHECK:STDERR:    |     ^^^^^^^^^^ `io` happens here
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: `compute` calls `checked` at tests/golden/effects/fail_undeclared_io.rs:15:5
// CHECK:STDERR:    = note: `checked` calls `log_value` at tests/golden/effects/fail_undeclared_io.rs:9:5
// CHECK:STDERR:    = note: `log_value` performs `io`: `println!` at tests/golden/effects/fail_undeclared_io.rs:5:5
// CHECK:STDERR: help: declare the effect if the fn may perform it
// CHECK:STDERR:    |
// CHECK:STDERR: 13 | #[wasm::effect(io, panic)]
// CHECK:STDERR:    |                +++
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W1010`.
