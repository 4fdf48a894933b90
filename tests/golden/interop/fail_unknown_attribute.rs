// An attribute under `wasm::` that WasmRust does not know (W1000).

#[wasm::exprot]
fn add(a: i32, b: i32) -> i32 {
    a + b
}

#[wasm::effect(io, network)]
fn log() {
    println!("log");
}

fn main() {
    log();
    println!("{}", add(1, 2));
}

// CHECK:STDERR: error[W1000]: unknown attribute `wasm::exprot`
// CHECK:STDERR:  --> tests/golden/interop/fail_unknown_attribute.rs:3:3
// CHECK:STDERR:   |
// CHECK:STDERR: 3 | #[wasm::exprot]
// CHECK:STDERR:   |   ^^^^^^^^^^^^ not a WasmRust attribute
// CHECK:STDERR:   |
// CHECK:STDERR:   = note: the `wasm::` attributes are `export`, `import`, `effect` and `linear`
// CHECK:STDERR:
// CHECK:STDERR: error[W1000]: unknown effect `network`
// CHECK:STDERR:  --> tests/golden/interop/fail_unknown_attribute.rs:8:20
// CHECK:STDERR:   |
// CHECK:STDERR: 8 | #[wasm::effect(io, network)]
// CHECK:STDERR:   |                    ^^^^^^^ not an effect
// CHECK:STDERR:   |
// CHECK:STDERR:   = note: the effects are js_call, io, alloc, panic, atomic_read, atomic_write, thread
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 2 previous errors
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W1000`.
