// A generic fn is one Wasm function per type, so it cannot be one export
// (W1001).

#[wasm::export]
fn largest<T: PartialOrd>(a: T, b: T) -> T {
    if a > b {
        a
    } else {
        b
    }
}

fn main() {
    println!("{}", largest(1, 2));
}

// CHECK:STDERR: error[W1001]: generic fns cannot be exported
// CHECK:STDERR:  --> tests/golden/interop/fail_export_generic.rs:5:12
// CHECK:STDERR:   |
// CHECK:STDERR: 4 | #[wasm::export]
// CHECK:STDERR:   | --------------- exported here
// CHECK:STDERR: 5 | fn largest<T: PartialOrd>(a: T, b: T) -> T {
// CHECK:STDERR:   |            ^ type parameter
// CHECK:STDERR:   |
// CHECK:STDERR:   = note: an export is one Wasm function; a generic fn is one per type
// CHECK:STDERR:   = help: export a non-generic fn that calls it with concrete types
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W1001`.
