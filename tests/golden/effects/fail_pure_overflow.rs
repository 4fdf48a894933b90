// A fn declared pure whose arithmetic is checked for overflow: it may
// panic (W1010).

#[wasm::effect()]
fn area(w: u32, h: u32) -> u32 {
    w * h
}

fn main() {
    println!("{}", area(3, 4));
}

// CHECK:STDERR: error[W1010]: `area` performs `panic`, which its declaration does not allow
// CHECK:STDERR:  --> tests/golden/effects/fail_pure_overflow.rs:6:5
// CHECK:STDERR:   |
// CHECK:STDERR: 4 | #[wasm::effect()]
// CHECK:STDERR:   | ----------------- declared: no effects (pure)
// CHECK:STDERR: 5 | fn area(w: u32, h: u32) -> u32 {
// CHECK:STDERR: 6 |     w * h
// CHECK:STDERR:   |     ^^^^^ `panic` happens here
// CHECK:STDERR:   |
// CHECK:STDERR:   = note: `area` performs `panic`: `*`, checked for overflow at tests/golden/effects/fail_pure_overflow.rs:6:5
// CHECK:STDERR: help: declare the effect if the fn may perform it
// CHECK:STDERR:   |
// CHECK:STDERR: 4 | #[wasm::effect(panic)]
// CHECK:STDERR:   |                +++++
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W1010`.
