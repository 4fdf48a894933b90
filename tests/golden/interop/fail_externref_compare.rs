// A derived comparison cannot look into a host reference: WebAssembly has no
// equality on externref (E0369), nor can one through `Option`.

struct Element;

#[wasm::import(module = "dom")]
extern "js" {
    fn create(tag: &str) -> externref<Element>;
}

#[derive(Clone, PartialEq)]
struct Widget {
    el: externref<Element>,
}

fn main() {
    let a = Widget { el: create("a") };
    let b = a.clone();
    println!("{}", a == b);
    let x = Some(create("x"));
    let y = Some(create("y"));
    println!("{}", x == y);
}

// CHECK:STDERR: error[E0369]: binary operation `==` cannot be applied to type `Option<externref<Element>>`
// CHECK:STDERR:   --> tests/golden/interop/fail_externref_compare.rs:22:22
// CHECK:STDERR:    |
// CHECK:STDERR: 22 |     println!("{}", x == y);
// CHECK:STDERR:    |                    - ^^ - Option<externref<Element>>
// CHECK:STDERR:    |                    |
// CHECK:STDERR:    |                    Option<externref<Element>>
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: an implementation of `PartialEq` might be missing for `externref<Element>`
// CHECK:STDERR:
// CHECK:STDERR: error[E0369]: a derived comparison or hash cannot look into `externref<Element>`
// CHECK:STDERR:   --> tests/golden/interop/fail_externref_compare.rs:13:5
// CHECK:STDERR:    |
// CHECK:STDERR: 13 |     el: externref<Element>,
// CHECK:STDERR:    |     ^^^^^^^^^^^^^^^^^^^^^^ this field holds a host reference
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: WebAssembly cannot compare or hash `externref` values
// CHECK:STDERR:    = help: derive only `Clone`, and compare what the host gives for the reference (an id), or implement `PartialEq` by hand
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 2 previous errors
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0369`.
