// bulk-memory turns lowering's word-by-word copies of small aggregates
// into memory.copy (both are frame slots, `$fp + constant`, so the pass
// sees that they do not overlap) and a literal of zeros into memory.fill.
// Size builds run it first.
// PASSES: bulk-memory,const-fold,dse,unused-locals
// ARGS: --release=size
// FUNCS: main
#[derive(Clone, Copy)]
struct Rect {
    x: i32,
    y: i32,
    w: i32,
    h: i32,
    depth: i32,
}

fn main() {
    let ones = [1u32; 16];
    let mut a = ones;
    a[3] = 7;
    let r = Rect { x: 0, y: 0, w: 0, h: 0, depth: 0 };
    let mut s = r;
    s.w = 5;
    println!("{} {} {} {}", a[3], ones[3], s.w, r.w);
}

// WAT:   (func $main (;1;) (type 0)
// WAT:     (local i32 i32 i32 i32 i32 i32 i32 i32 i32)
// WAT:     i32.const 32
// WAT:     local.set 0
// WAT:     loop
// WAT:       local.get 0
// WAT:       i32.const 1
// WAT:       i32.store
// WAT:       local.get 0
// WAT:       i32.const 4
// WAT:       i32.add
// WAT:       local.tee 0
// WAT:       i32.const 96
// WAT:       i32.lt_u
// WAT:       br_if 0
// WAT:     end
// WAT:     i32.const 32
// WAT:     i32.load8_u offset=127
// WAT:     drop
// WAT:     i32.const 96
// WAT:     i32.const 32
// WAT:     i32.const 64
// WAT:     memory.copy
// WAT:     i32.const 108
// WAT:     i32.const 7
// WAT:     i32.store
// WAT:     i32.const 160
// WAT:     i32.const 0
// WAT:     i32.store
// WAT:     i32.const 160
// WAT:     i32.const 0
// WAT:     i32.store offset=4
// WAT:     i32.const 160
// WAT:     i32.const 0
// WAT:     i32.store offset=8
// WAT:     i32.const 160
// WAT:     i32.const 0
// WAT:     i32.store offset=12
// WAT:     i32.const 160
// WAT:     i32.const 0
// WAT:     i32.store offset=16
// WAT:     i32.const 32
// WAT:     i32.load8_u offset=167
// WAT:     drop
// WAT:     i32.const 180
// WAT:     i32.const 160
// WAT:     i32.const 20
// WAT:     memory.copy
// WAT:     i32.const 32
// WAT:     i32.const 5
// WAT:     i32.store offset=156
// WAT:     i32.const 108
// WAT:     i32.load
// WAT:     local.set 1
// WAT:     i32.const 44
// WAT:     i32.load
// WAT:     local.set 2
// WAT:     i32.const 32
// WAT:     i32.load offset=156
// WAT:     local.set 3
// WAT:     i32.const 32
// WAT:     i32.load offset=136
// WAT:     local.set 4
// WAT:     local.get 1
// WAT:     local.set 5
// WAT:     i32.const 1
// WAT:     local.get 5
// WAT:     i64.extend_i32_u
// WAT:     call $__write_u64
// WAT:     i32.const 1
// WAT:     i32.const 16
// WAT:     i32.const 1
// WAT:     call $write
// WAT:     local.get 2
// WAT:     local.set 6
// WAT:     i32.const 1
// WAT:     local.get 6
// WAT:     i64.extend_i32_u
// WAT:     call $__write_u64
// WAT:     i32.const 1
// WAT:     i32.const 16
// WAT:     i32.const 1
// WAT:     call $write
// WAT:     local.get 3
// WAT:     local.set 7
// WAT:     i32.const 1
// WAT:     local.get 7
// WAT:     i64.extend_i32_s
// WAT:     call $__write_i64
// WAT:     i32.const 1
// WAT:     i32.const 16
// WAT:     i32.const 1
// WAT:     call $write
// WAT:     local.get 4
// WAT:     local.set 8
// WAT:     i32.const 1
// WAT:     local.get 8
// WAT:     i64.extend_i32_s
// WAT:     call $__write_i64
// WAT:     i32.const 1
// WAT:     i32.const 18
// WAT:     i32.const 1
// WAT:     call $write
// WAT:   )
