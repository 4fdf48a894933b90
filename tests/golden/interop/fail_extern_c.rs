// Host functions are declared in `extern "js"` blocks (W1003).

#[wasm::import(module = "libc")]
extern "C" {
    fn puts(s: &str);
}

fn main() {
    puts("hi");
}

// CHECK:STDERR: error[W1003]: `extern "C"` blocks are not supported
// CHECK:STDERR:  --> tests/golden/interop/fail_extern_c.rs:4:8
// CHECK:STDERR:   |
// CHECK:STDERR: 4 | extern "C" {
// CHECK:STDERR:   |        ^^^ WasmRust imports host functions through `extern "js"`
// CHECK:STDERR:   |
// CHECK:STDERR:   = help: declare host functions in an `extern "js" { ... }` block
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W1003`.
