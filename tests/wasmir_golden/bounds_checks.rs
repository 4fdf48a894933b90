// bounds-checks removes the checks of indices that a loop guard, an earlier
// check or a remainder keeps in range, and keeps the ones that can fail:
// `pick` checks `i` once (the second access reuses the first check), and
// its out-of-range call still panics.
// PASSES: const-fold,dse,bounds-checks,const-fold,dce,dse,unused-locals
// ARGS: --release
// FUNCS: sum,ring,pick
fn sum(xs: &[u32]) -> u32 {
    let mut s = 0;
    for i in 0..xs.len() {
        s += xs[i];
    }
    s
}

fn ring(xs: &[u32; 8], start: usize) -> u32 {
    let mut s = 0;
    for k in 0..20 {
        s += xs[(start + k) % 8];
    }
    s
}

fn pick(xs: &[u32], i: usize) -> u32 {
    xs[i] * 10 + xs[i]
}

fn main() {
    let a = [1, 2, 3, 4, 5, 6, 7, 8];
    println!("{} {} {}", sum(&a), ring(&a, 5), pick(&a, 3));
    println!("{}", pick(&a, 9));
}

// WAT:   (func $sum (;3;) (type 2) (param $xs i32) (param i32) (result i32)
// WAT:     (local $s i32) (local $i i32) (local i32 i32 i32 i32 i32 i32 i32)
// WAT:     i32.const 0
// WAT:     local.set $s
// WAT:     i32.const 0
// WAT:     local.set 4
// WAT:     local.get $xs
// WAT:     local.get 1
// WAT:     local.set 6
// WAT:     drop
// WAT:     local.get 6
// WAT:     local.set 5
// WAT:     block
// WAT:       loop
// WAT:         local.get 4
// WAT:         local.get 5
// WAT:         i32.ge_u
// WAT:         br_if 1
// WAT:         local.get 4
// WAT:         local.set $i
// WAT:         block
// WAT:           local.get $xs
// WAT:           local.set 7
// WAT:           local.get $i
// WAT:           local.set 8
// WAT:           local.get 7
// WAT:           local.get 8
// WAT:           i32.const 4
// WAT:           i32.mul
// WAT:           i32.add
// WAT:           local.set 9
// WAT:           local.get 9
// WAT:           i32.load
// WAT:           local.set 10
// WAT:           local.get $s
// WAT:           local.get 10
// WAT:           i32.add
// WAT:           local.set $s
// WAT:         end
// WAT:         local.get 4
// WAT:         i32.const 1
// WAT:         i32.add
// WAT:         local.set 4
// WAT:         br 0
// WAT:       end
// WAT:     end
// WAT:     local.get $s
// WAT:   )
// WAT:   (func $ring (;4;) (type 2) (param $xs i32) (param $start i32) (result i32)
// WAT:     (local $s i32) (local $k i32) (local i32 i32 i32 i32 i32 i32)
// WAT:     i32.const 0
// WAT:     local.set $s
// WAT:     i32.const 0
// WAT:     local.set 4
// WAT:     block
// WAT:       loop
// WAT:         local.get 4
// WAT:         i32.const 20
// WAT:         i32.ge_u
// WAT:         br_if 1
// WAT:         local.get 4
// WAT:         local.set $k
// WAT:         block
// WAT:           local.get $xs
// WAT:           local.set 5
// WAT:           local.get $start
// WAT:           local.get $k
// WAT:           i32.add
// WAT:           local.set 7
// WAT:           local.get 7
// WAT:           i32.const 8
// WAT:           i32.rem_u
// WAT:           local.set 6
// WAT:           local.get 5
// WAT:           local.get 6
// WAT:           i32.const 4
// WAT:           i32.mul
// WAT:           i32.add
// WAT:           local.set 8
// WAT:           local.get 8
// WAT:           i32.load
// WAT:           local.set 9
// WAT:           local.get $s
// WAT:           local.get 9
// WAT:           i32.add
// WAT:           local.set $s
// WAT:         end
// WAT:         local.get 4
// WAT:         i32.const 1
// WAT:         i32.add
// WAT:         local.set 4
// WAT:         br 0
// WAT:       end
// WAT:     end
// WAT:     local.get $s
// WAT:   )
// WAT:   (func $pick (;5;) (type 6) (param $xs i32) (param i32) (param $i i32) (result i32)
// WAT:     (local i32 i32 i32 i32 i32 i32 i32)
// WAT:     local.get $xs
// WAT:     local.get 1
// WAT:     local.set 4
// WAT:     local.set 3
// WAT:     local.get $i
// WAT:     local.tee 5
// WAT:     local.get 4
// WAT:     i32.ge_u
// WAT:     if
// WAT:       local.get 5
// WAT:       local.get 4
// WAT:       i32.const 25
// WAT:       i32.const 5
// WAT:       call $__panic_bounds
// WAT:       unreachable
// WAT:     end
// WAT:     local.get 3
// WAT:     local.get 5
// WAT:     i32.const 4
// WAT:     i32.mul
// WAT:     i32.add
// WAT:     local.set 6
// WAT:     local.get 6
// WAT:     i32.load
// WAT:     i32.const 10
// WAT:     i32.mul
// WAT:     local.get $xs
// WAT:     local.set 7
// WAT:     local.get $i
// WAT:     local.set 8
// WAT:     local.get 7
// WAT:     local.get 8
// WAT:     i32.const 4
// WAT:     i32.mul
// WAT:     i32.add
// WAT:     local.set 9
// WAT:     local.get 9
// WAT:     i32.load
// WAT:     i32.add
// WAT:   )
