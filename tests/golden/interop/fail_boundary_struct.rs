// A struct would need generated glue to cross the boundary (W1002).

struct Point {
    x: f64,
    y: f64,
}

#[wasm::import(module = "canvas")]
extern "js" {
    fn draw(p: Point);
    fn label() -> &'static str;
}

fn main() {
    draw(Point { x: 1.0, y: 2.0 });
    println!("{}", label());
}

// CHECK:STDERR: error[W1002]: `Point` cannot cross the Wasm boundary in a host fn's parameters
// CHECK:STDERR:   --> tests/golden/interop/fail_boundary_struct.rs:10:16
// CHECK:STDERR:    |
// CHECK:STDERR: 10 |     fn draw(p: Point);
// CHECK:STDERR:    |                ^^^^^ not a Wasm value
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: exported and host fns take and return numbers, `bool`, `char`, `externref<T>`, and `&str` or slices of numbers as (pointer, length); other types would need generated glue
// CHECK:STDERR:    = help: pass the fields as separate parameters
// CHECK:STDERR:
// CHECK:STDERR: error[W1002]: `&str` cannot cross the Wasm boundary in a host fn's return type
// CHECK:STDERR:   --> tests/golden/interop/fail_boundary_struct.rs:11:19
// CHECK:STDERR:    |
// CHECK:STDERR: 11 |     fn label() -> &'static str;
// CHECK:STDERR:    |                   ^^^^^^^^^^^^ the host cannot return a borrow of the module's memory
// CHECK:STDERR:    |
// CHECK:STDERR:    = help: return a number (a length or an offset) and let the caller pass a buffer to fill
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 2 previous errors
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W1002`.
