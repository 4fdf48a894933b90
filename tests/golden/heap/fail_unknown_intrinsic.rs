// A path under `wasm::` that names no intrinsic.
fn main() {
    let p = wasm::heap::calloc(16, 8);
    println!("{}", p);
}

// CHECK:STDERR: error[W0005]: `wasm::heap::calloc` is not supported by WasmRust yet
// CHECK:STDERR:  --> tests/golden/heap/fail_unknown_intrinsic.rs:3:13
// CHECK:STDERR:   |
// CHECK:STDERR: 3 |     let p = wasm::heap::calloc(16, 8);
// CHECK:STDERR:   |             ^^^^^^^^^^^^^^^^^^ not supported yet
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W0005`.
