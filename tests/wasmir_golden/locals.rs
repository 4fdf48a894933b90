// dse + coalesce-locals: temporaries with disjoint live ranges share locals,
// stores nobody reads disappear.
// PASSES: dse,unused-locals,coalesce-locals
// FUNCS: mix
fn mix(a: i64, b: i64) -> i64 {
    let x = a + 1;
    let y = x * 3;
    let z = b - 2;
    let w = z * z;
    y + w
}

fn main() {
    println!("{}", mix(4, 9));
}

// WAT:   (func $mix (;3;) (type 2) (param $a i64) (param $b i64) (result i64)
// WAT:     (local i64 i64)
// WAT:     local.get $a
// WAT:     i64.const 1
// WAT:     local.set 2
// WAT:     local.tee $a
// WAT:     local.get 2
// WAT:     i64.add
// WAT:     local.set 3
// WAT:     local.get $a
// WAT:     local.get 3
// WAT:     i64.xor
// WAT:     local.get 2
// WAT:     local.get 3
// WAT:     i64.xor
// WAT:     i64.and
// WAT:     i64.const 0
// WAT:     i64.lt_s
// WAT:     if
// WAT:       i32.const 6
// WAT:       i32.const 13
// WAT:       i32.const 18
// WAT:       i32.const 28
// WAT:       call $__panic
// WAT:       unreachable
// WAT:     end
// WAT:     local.get 3
// WAT:     local.tee $a
// WAT:     i64.const 3
// WAT:     i32.const 7
// WAT:     i32.const 13
// WAT:     call $__mul_ovf_i64
// WAT:     local.set $a
// WAT:     local.get $b
// WAT:     i64.const 2
// WAT:     local.set 2
// WAT:     local.tee $b
// WAT:     local.get 2
// WAT:     i64.sub
// WAT:     local.set 3
// WAT:     local.get $b
// WAT:     local.get 2
// WAT:     i64.xor
// WAT:     local.get $b
// WAT:     local.get 3
// WAT:     i64.xor
// WAT:     i64.and
// WAT:     i64.const 0
// WAT:     i64.lt_s
// WAT:     if
// WAT:       i32.const 8
// WAT:       i32.const 13
// WAT:       i32.const 217
// WAT:       i32.const 33
// WAT:       call $__panic
// WAT:       unreachable
// WAT:     end
// WAT:     local.get 3
// WAT:     local.tee $b
// WAT:     local.get $b
// WAT:     i32.const 9
// WAT:     i32.const 13
// WAT:     call $__mul_ovf_i64
// WAT:     local.set $b
// WAT:     local.get $a
// WAT:     local.get $b
// WAT:     i64.add
// WAT:     local.set 2
// WAT:     local.get $a
// WAT:     local.get 2
// WAT:     i64.xor
// WAT:     local.get $b
// WAT:     local.get 2
// WAT:     i64.xor
// WAT:     i64.and
// WAT:     i64.const 0
// WAT:     i64.lt_s
// WAT:     if
// WAT:       i32.const 10
// WAT:       i32.const 5
// WAT:       i32.const 18
// WAT:       i32.const 28
// WAT:       call $__panic
// WAT:       unreachable
// WAT:     end
// WAT:     local.get 2
// WAT:   )
