// inline + tree-shake: small helpers and single-call functions are inlined,
// then removed; const-fold and dce clean up the constant arguments.
// PASSES: inline,tree-shake,const-fold,dce,dse,unused-locals
// ARGS: --release
// FUNCS: main
fn square(x: i32) -> i32 {
    x * x
}

fn report(v: i32) {
    println!("value {}", v);
}

fn main() {
    let s = square(7) + square(3);
    report(s);
}

// WAT:   (func $main (;1;) (type 0)
// WAT:     (local $s i32) (local i32 i32 i32 i32 i64 i32 i64 i32)
// WAT:     block (result i32)
// WAT:       i32.const 49
// WAT:     end
// WAT:     block (result i32)
// WAT:       i32.const 9
// WAT:     end
// WAT:     i32.add
// WAT:     local.set $s
// WAT:     local.get $s
// WAT:     local.set 1
// WAT:     block
// WAT:       local.get 1
// WAT:       local.set 2
// WAT:       i32.const 1
// WAT:       i32.const 16
// WAT:       i32.const 6
// WAT:       call $write
// WAT:       local.get 2
// WAT:       local.set 3
// WAT:       i32.const 1
// WAT:       local.get 3
// WAT:       i64.extend_i32_s
// WAT:       local.set 5
// WAT:       local.set 4
// WAT:       block
// WAT:         local.get 5
// WAT:         i64.const 0
// WAT:         i64.lt_s
// WAT:         if
// WAT:           local.get 4
// WAT:           i32.const 22
// WAT:           i32.const 1
// WAT:           call $write
// WAT:           i64.const 0
// WAT:           local.get 5
// WAT:           i64.sub
// WAT:           local.set 5
// WAT:         end
// WAT:         local.get 4
// WAT:         local.get 5
// WAT:         local.set 7
// WAT:         local.set 6
// WAT:         block
// WAT:           i32.const 56
// WAT:           local.set 8
// WAT:           loop
// WAT:             local.get 8
// WAT:             i32.const 1
// WAT:             i32.sub
// WAT:             local.tee 8
// WAT:             local.get 7
// WAT:             i64.const 10
// WAT:             i64.rem_u
// WAT:             i32.wrap_i64
// WAT:             i32.const 48
// WAT:             i32.add
// WAT:             i32.store8
// WAT:             local.get 7
// WAT:             i64.const 10
// WAT:             i64.div_u
// WAT:             local.tee 7
// WAT:             i64.eqz
// WAT:             i32.eqz
// WAT:             br_if 0
// WAT:           end
// WAT:           local.get 6
// WAT:           local.get 8
// WAT:           i32.const 56
// WAT:           local.get 8
// WAT:           i32.sub
// WAT:           call $write
// WAT:         end
// WAT:       end
// WAT:       i32.const 1
// WAT:       i32.const 23
// WAT:       i32.const 1
// WAT:       call $write
// WAT:     end
// WAT:   )
