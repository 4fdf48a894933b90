// The module already exports `memory` (W1001).

#[wasm::export(name = "memory")]
fn size() -> u32 {
    1
}

fn main() {
    println!("{}", size());
}

// CHECK:STDERR: error[W1001]: the export name `memory` is already taken
// CHECK:STDERR:  --> tests/golden/interop/fail_export_name_taken.rs:3:1
// CHECK:STDERR:   |
// CHECK:STDERR: 3 | #[wasm::export(name = "memory")]
// CHECK:STDERR:   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ exported as `memory`
// CHECK:STDERR:   |
// CHECK:STDERR:   = note: the module itself exports `memory`, `main`, `wasmrust_alloc` and `wasmrust_dealloc`
// CHECK:STDERR:   = help: choose another name with `#[wasm::export(name = "...")]`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W1001`.
