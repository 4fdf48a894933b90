// const-fold: constants flow through locals and fold with Wasm's wrapping
// arithmetic; the branch on a constant condition keeps only its taken arm.
// PASSES: const-fold,dce
// ARGS: --release
// FUNCS: main
fn main() {
    let a = 6;
    let b = a * 7;
    let c = b - 2;
    let big: u32 = 4_000_000_000;
    let wrapped = big.wrapping_add(500_000_000);
    if c > 10 {
        println!("{} {}", c, wrapped);
    } else {
        println!("small");
    }
}

// WAT:   (func $main (;1;) (type 0)
// WAT:     (local $a i32) (local $b i32) (local $c i32) (local $big i32) (local $wrapped i32) (local i32 i32 i32 i32 i32 i32)
// WAT:     i32.const 6
// WAT:     local.set $a
// WAT:     i32.const 42
// WAT:     local.set $b
// WAT:     i32.const 40
// WAT:     local.set $c
// WAT:     i32.const -294967296
// WAT:     local.set $big
// WAT:     i32.const -294967296
// WAT:     local.set 5
// WAT:     i32.const 500000000
// WAT:     local.set 6
// WAT:     i32.const 205032704
// WAT:     local.set $wrapped
// WAT:     block
// WAT:       i32.const 40
// WAT:       local.set 7
// WAT:       i32.const 205032704
// WAT:       local.set 8
// WAT:       i32.const 40
// WAT:       local.set 9
// WAT:       i32.const 1
// WAT:       i64.const 40
// WAT:       call $__write_i64
// WAT:       i32.const 1
// WAT:       i32.const 17
// WAT:       i32.const 1
// WAT:       call $write
// WAT:       i32.const 205032704
// WAT:       local.set 10
// WAT:       i32.const 1
// WAT:       i64.const 205032704
// WAT:       call $__write_u64
// WAT:       i32.const 1
// WAT:       i32.const 18
// WAT:       i32.const 1
// WAT:       call $write
// WAT:     end
// WAT:   )
