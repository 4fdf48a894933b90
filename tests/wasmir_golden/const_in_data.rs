// An aggregate const that a use only reads is read where it lies in the
// data segment: `pick` loads the word's address and length from the
// table's bytes (at a constant address) instead of building the 64-byte
// array on every call, and `len()` of it is a constant.
// PASSES: none
// ARGS: --release
// FUNCS: pick
const WORDS: [&str; 8] = ["zero", "one", "two", "three", "four", "five", "six", "seven"];

fn pick(i: usize) -> &'static str {
    WORDS[i % WORDS.len()]
}

fn main() {
    for i in [3, 9, 14] {
        println!("{}", pick(i));
    }
}

// WAT:   (func $pick (;3;) (type 1) (param $i i32) (result i32 i32)
// WAT:     (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
// WAT:     i32.const 48
// WAT:     local.set 3
// WAT:     local.get 3
// WAT:     local.set 1
// WAT:     i32.const 8
// WAT:     local.set 2
// WAT:     local.get $i
// WAT:     i32.const 48
// WAT:     local.set 7
// WAT:     local.get 7
// WAT:     local.set 5
// WAT:     i32.const 8
// WAT:     local.set 6
// WAT:     local.get 6
// WAT:     local.set 9
// WAT:     local.set 8
// WAT:     local.get 9
// WAT:     i32.eqz
// WAT:     if
// WAT:       i32.const 11
// WAT:       i32.const 11
// WAT:       i32.const 112
// WAT:       i32.const 57
// WAT:       call $__panic
// WAT:       unreachable
// WAT:     end
// WAT:     local.get 8
// WAT:     local.get 9
// WAT:     i32.rem_u
// WAT:     local.tee 4
// WAT:     local.get 2
// WAT:     i32.ge_u
// WAT:     if
// WAT:       local.get 4
// WAT:       local.get 2
// WAT:       i32.const 11
// WAT:       i32.const 5
// WAT:       call $__panic_bounds
// WAT:       unreachable
// WAT:     end
// WAT:     local.get 1
// WAT:     local.get 4
// WAT:     i32.const 8
// WAT:     i32.mul
// WAT:     i32.add
// WAT:     local.set 10
// WAT:     local.get 10
// WAT:     i32.load
// WAT:     local.get 10
// WAT:     i32.load offset=4
// WAT:   )
