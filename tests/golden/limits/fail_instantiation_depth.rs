// Polymorphic recursion: each call instantiates `nest` at a bigger type, so
// instantiation would never end. WasmRust stops at its nesting limit.
fn nest<T: Copy>(x: T, n: u32) -> u32 {
    if n == 0 {
        0
    } else {
        nest((x, x), n - 1) + 1
    }
}

fn main() {
    println!("{}", nest(1u8, 3));
}

// CHECK:STDERR: error[W0008]: reached the limit while instantiating `nest`
// CHECK:STDERR:  --> tests/golden/limits/fail_instantiation_depth.rs:7:9
// CHECK:STDERR:   |
// CHECK:STDERR: 7 |         nest((x, x), n - 1) + 1
// CHECK:STDERR:   |         ^^^^
// CHECK:STDERR:   |
// CHECK:STDERR:   = note: WasmRust instantiates at most 5000 generic functions, with type arguments nested at most 24 deep
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W0008`.
