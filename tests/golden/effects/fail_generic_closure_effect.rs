// A generic fn declared pure is checked in each instance: calling a closure
// that prints makes the instance perform `io` (W1010).

#[wasm::effect()]
fn twice<F: Fn(u32) -> u32>(f: F, x: u32) -> u32 {
    f(f(x))
}

fn main() {
    let quiet = twice(|v| v.wrapping_add(1), 1);
    let loud = twice(
        |v| {
            println!("step {}", v);
            v
        },
        2,
    );
    println!("{} {}", quiet, loud);
}

// CHECK:STDERR: error[W1010]: `twice::<[closure@tests/golden/effects/fail_generic_closure_effect.rs:12:9]>` performs `io`, which its declaration does not allow
// CHECK:STDERR:  --> tests/golden/effects/fail_generic_closure_effect.rs:6:5
// CHECK:STDERR:   |
// CHECK:STDERR: 4 | #[wasm::effect()]
// CHECK:STDERR:   | ----------------- declared: no effects (pure)
// CHECK:STDERR: 5 | fn twice<F: Fn(u32) -> u32>(f: F, x: u32) -> u32 {
// CHECK:STDERR: 6 |     f(f(x))
// CHECK:STDERR:   |     ^^^^^^^ `io` happens here
// CHECK:STDERR:   |
// CHECK:STDERR:   = note: `twice::<[closure@tests/golden/effects/fail_generic_closure_effect.rs:12:9]>` calls `main::{closure#1}` at tests/golden/effects/fail_generic_closure_effect.rs:6:5
// CHECK:STDERR:   = note: `main::{closure#1}` performs `io`: `println!` at tests/golden/effects/fail_generic_closure_effect.rs:13:13
// CHECK:STDERR: help: declare the effect if the fn may perform it
// CHECK:STDERR:   |
// CHECK:STDERR: 4 | #[wasm::effect(io)]
// CHECK:STDERR:   |                ++
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W1010`.
