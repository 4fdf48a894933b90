// An impl's method is held to the effects its trait method declares
// (W1010).

trait Render {
    #[wasm::effect()]
    fn render(&self) -> u32;
}

struct Loud;

impl Render for Loud {
    fn render(&self) -> u32 {
        println!("rendering");
        1
    }
}

fn main() {
    println!("{}", Loud.render());
}

// CHECK:STDERR: error[W1010]: `Loud::render` performs `io`, which its declaration does not allow
// CHECK:STDERR:   --> tests/golden/effects/fail_trait_effect.rs:13:9
// CHECK:STDERR:    |
// CHECK:STDERR:  5 |     #[wasm::effect()]
// CHECK:STDERR:    |     ----------------- the trait method declares no effects (pure)
// CHECK:STDERR: ...
// CHECK:STDERR: 13 |         println!("rendering");
// CHECK:STDERR:    |         ^^^^^^^^^^^^^^^^^^^^^ `io` happens here
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: `Loud::render` performs `io`: `println!` at tests/golden/effects/fail_trait_effect.rs:13:9
// CHECK:STDERR:    = help: remove the effect from this fn, or declare it on the trait method: `#[wasm::effect(io)]`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W1010`.
