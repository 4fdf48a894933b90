// A temporary holds an externref in linear memory too: `Some(...)` is an
// enum in memory (W1005).

struct Element;

#[wasm::import(module = "dom")]
extern "js" {
    fn find(id: u32) -> externref<Element>;
}

fn main() {
    if let Some(el) = Some(find(1)) {
        println!("{}", el.is_null());
    }
}

// CHECK:STDERR: error[W1005]: an `externref` cannot be stored in a `Option<externref<Element>>`
// CHECK:STDERR:   --> tests/golden/interop/fail_externref_in_option.rs:12:23
// CHECK:STDERR:    |
// CHECK:STDERR: 12 |     if let Some(el) = Some(find(1)) {
// CHECK:STDERR:    |                       ^^^^^^^^^^^^^ this would put a host reference in linear memory
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: host references live in Wasm locals and parameters; linear memory holds only bytes
// CHECK:STDERR:    = help: keep the `externref` in a local variable and pass it by value
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W1005`.
