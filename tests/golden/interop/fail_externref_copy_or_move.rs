// A Copy type cannot hold an externref (a copy would share its slot of the
// reference table), and a `move` closure cannot capture one (closures are
// never dropped); a closure without `move` may read one (W1005).

struct Element;

#[wasm::import(module = "dom")]
extern "js" {
    fn create(tag: &str) -> externref<Element>;
    fn show(el: externref<Element>);
}

#[derive(Clone, Copy)]
struct Handle {
    el: externref<Element>,
}

fn main() {
    let h = Handle { el: create("a") };
    let el = create("b");
    let f = move || show(el);
    f();
    let g = || show(el);
    g();
    show(h.el);
}

// CHECK:STDERR: error[W1005]: an `externref` cannot be stored in a `Copy` type
// CHECK:STDERR:   --> tests/golden/interop/fail_externref_copy_or_move.rs:15:5
// CHECK:STDERR:    |
// CHECK:STDERR: 15 |     el: externref<Element>,
// CHECK:STDERR:    |     ^^^^^^^^^^^^^^^^^^^^^^ a copy of the value would share this field's table slot
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: in linear memory an `externref` is a slot of the module's reference table, which the value holding it owns
// CHECK:STDERR:    = help: derive `Clone` without `Copy`: `.clone()` gives the copy a slot of its own
// CHECK:STDERR:
// CHECK:STDERR: error[W1005]: an `externref` cannot be stored in a closure
// CHECK:STDERR:   --> tests/golden/interop/fail_externref_copy_or_move.rs:21:13
// CHECK:STDERR:    |
// CHECK:STDERR: 21 |     let f = move || show(el);
// CHECK:STDERR:    |             ^^^^^^^^^^^^^^^^ this `move` closure would keep a reference that nothing frees
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: in linear memory an `externref` is a slot of the module's reference table, which the value holding it owns
// CHECK:STDERR:    = help: capture it without `move` (the closure then reads the variable), or pass it to the closure as an argument
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 2 previous errors
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W1005`.
