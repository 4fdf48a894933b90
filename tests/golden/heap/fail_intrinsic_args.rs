// The `wasm::heap` intrinsics are typed like functions: usize addresses and
// sizes, the right number of arguments.
fn main() {
    let p = wasm::heap::alloc(16);
    let q: i32 = wasm::heap::alloc(16, 8);
    wasm::heap::store_u8(q as usize, 300);
    println!("{}", p);
}

// CHECK:STDERR: error[E0061]: this function takes 2 arguments but 1 argument was supplied
// CHECK:STDERR:  --> tests/golden/heap/fail_intrinsic_args.rs:4:13
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     let p = wasm::heap::alloc(16);
// CHECK:STDERR:   |             ^^^^^^^^^^^^^^^^^
// CHECK:STDERR:
// CHECK:STDERR: error[E0308]: mismatched types
// CHECK:STDERR:  --> tests/golden/heap/fail_intrinsic_args.rs:5:18
// CHECK:STDERR:   |
// CHECK:STDERR: 5 |     let q: i32 = wasm::heap::alloc(16, 8);
// CHECK:STDERR:   |            ---   ^^^^^^^^^^^^^^^^^^^^^^^^ expected `i32`, found `usize`
// CHECK:STDERR:   |            |
// CHECK:STDERR:   |            expected due to this
// CHECK:STDERR:
// CHECK:STDERR: error: literal out of range for `u8`
// CHECK:STDERR:  --> tests/golden/heap/fail_intrinsic_args.rs:6:38
// CHECK:STDERR:   |
// CHECK:STDERR: 6 |     wasm::heap::store_u8(q as usize, 300);
// CHECK:STDERR:   |                                      ^^^
// CHECK:STDERR:   |
// CHECK:STDERR:   = note: the literal `300` does not fit into the type `u8` whose range is `0..=255`
// CHECK:STDERR:   = note: `#[deny(overflowing_literals)]` on by default
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 3 previous errors
// CHECK:STDERR:
// CHECK:STDERR: Some errors have detailed explanations: E0061, E0308.
// CHECK:STDERR: For more information about an error, try `wasmrust explain E0061`.
