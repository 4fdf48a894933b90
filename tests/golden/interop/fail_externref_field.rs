// An externref cannot live in linear memory (W1005).

struct Element;

struct Button {
    el: externref<Element>,
    clicks: u32,
}

#[wasm::import(module = "dom")]
extern "js" {
    fn create(tag: &str) -> externref<Element>;
}

fn main() {
    let b = Button { el: create("button"), clicks: 0 };
    println!("{}", b.clicks);
}

// CHECK:STDERR: error[W1005]: an `externref` cannot be stored in a struct field
// CHECK:STDERR:  --> tests/golden/interop/fail_externref_field.rs:6:5
// CHECK:STDERR:   |
// CHECK:STDERR: 6 |     el: externref<Element>,
// CHECK:STDERR:   |     ^^^^^^^^^^^^^^^^^^^^^^ this would put a host reference in linear memory
// CHECK:STDERR:   |
// CHECK:STDERR:   = note: host references live in Wasm locals and parameters; linear memory holds only bytes
// CHECK:STDERR:   = help: keep the `externref` in a local variable and pass it by value
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W1005`.
