// effects: a statement that only calls a pure fn (no effect, no `&mut`
// given) is not lowered, so `checksum(1, 2);` leaves no call in `main`
// and `debug_only` is not emitted at all. No WasmIR pass is involved: the
// effect checker's result reaches lowering (compiler/lower/lower_pure.cpp).
// PASSES: none
// ARGS: --release
// FUNCS: main
#[wasm::effect()]
fn checksum(a: u32, b: u32) -> u32 {
    a.rotate_left(5) ^ b
}

fn debug_only(x: u32) -> u32 {
    checksum(x, x)
}

fn main() {
    checksum(1, 2);
    let _ = debug_only(3);
    println!("{}", checksum(3, 4));
}

// WAT:   (func $main (;1;) (type 0)
// WAT:     (local i32 i32)
// WAT:     i32.const 3
// WAT:     i32.const 4
// WAT:     call $checksum
// WAT:     local.set 0
// WAT:     local.get 0
// WAT:     local.set 1
// WAT:     i32.const 1
// WAT:     local.get 1
// WAT:     i64.extend_i32_u
// WAT:     call $__write_u64
// WAT:     i32.const 1
// WAT:     i32.const 16
// WAT:     i32.const 1
// WAT:     call $write
// WAT:   )
