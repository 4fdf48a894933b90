// Generic intrinsics need their type argument, a sized one, and only one.
fn main() {
    let n = wasm::mem::size_of();
    let p = wasm::heap::alloc(8, 8);
    let _s = wasm::mem::read::<str>(p);
    let k = wasm::mem::align_of::<u8, u16>();
    wasm::mem::copy::<u8>(p, p, 0);
    println!("{} {}", n, k);
}

// CHECK:STDERR: error[E0107]: function takes 1 generic argument but 2 generic arguments were supplied
// CHECK:STDERR:  --> tests/golden/heap/fail_mem_intrinsics.rs:6:24
// CHECK:STDERR:   |
// CHECK:STDERR: 6 |     let k = wasm::mem::align_of::<u8, u16>();
// CHECK:STDERR:   |                        ^^^^^^^^
// CHECK:STDERR:
// CHECK:STDERR: error[E0107]: function takes 0 generic arguments but 1 generic argument was supplied
// CHECK:STDERR:  --> tests/golden/heap/fail_mem_intrinsics.rs:7:16
// CHECK:STDERR:   |
// CHECK:STDERR: 7 |     wasm::mem::copy::<u8>(p, p, 0);
// CHECK:STDERR:   |                ^^^^
// CHECK:STDERR:
// CHECK:STDERR: error[E0282]: type annotations needed
// CHECK:STDERR:  --> tests/golden/heap/fail_mem_intrinsics.rs:3:13
// CHECK:STDERR:   |
// CHECK:STDERR: 3 |     let n = wasm::mem::size_of();
// CHECK:STDERR:   |             ^^^^^^^^^^^^^^^^^^ cannot infer the type of the type parameter `T`
// CHECK:STDERR:   |
// CHECK:STDERR:   = help: give the type explicitly, as in `wasm::mem::size_of::<i32>(..)`
// CHECK:STDERR:
// CHECK:STDERR: error[E0277]: the size for values of type `str` cannot be known at compilation time
// CHECK:STDERR:  --> tests/golden/heap/fail_mem_intrinsics.rs:5:14
// CHECK:STDERR:   |
// CHECK:STDERR: 5 |     let _s = wasm::mem::read::<str>(p);
// CHECK:STDERR:   |              ^^^^^^^^^^^^^^^^^^^^^^ doesn't have a size known at compile-time
// CHECK:STDERR:   |
// CHECK:STDERR:   = help: the trait `Sized` is not implemented for `str`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 4 previous errors
// CHECK:STDERR:
// CHECK:STDERR: Some errors have detailed explanations: E0107, E0277, E0282.
// CHECK:STDERR: For more information about an error, try `wasmrust explain E0107`.
