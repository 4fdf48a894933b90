// The whole release pipeline on a program with a struct, an array and loops:
// the module as release builds hand it to Binaryen.
// PASSES: release
// ARGS: --release
#[derive(Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn manhattan(p: Point) -> i32 {
    let dx = if p.x < 0 { -p.x } else { p.x };
    let dy = if p.y < 0 { -p.y } else { p.y };
    dx + dy
}

fn main() {
    let pts = [Point { x: 1, y: -2 }, Point { x: -3, y: 4 }, Point { x: 5, y: 6 }];
    let mut total = 0;
    for i in 0..3 {
        total += manhattan(pts[i]);
    }
    let mut n = 0;
    while n < 3 {
        n += 1;
    }
    println!("{} {}", total, n);
}

// WAT: (module
// WAT:   (type (;0;) (func))
// WAT:   (type (;1;) (func (param i32 i64)))
// WAT:   (type (;2;) (func (param i32 i32 i32)))
// WAT:   (import "env" "write" (func $write (;0;) (type 2)))
// WAT:   (func $main (;1;) (type 0)
// WAT:     (local $total i32) (local $n i32) (local i32 i32)
// WAT:     i32.const 32
// WAT:     i32.const 1
// WAT:     i32.store
// WAT:     i32.const 32
// WAT:     i32.const -2
// WAT:     i32.store offset=4
// WAT:     i32.const 40
// WAT:     i32.const -3
// WAT:     i32.store
// WAT:     i32.const 40
// WAT:     i32.const 4
// WAT:     i32.store offset=4
// WAT:     i32.const 48
// WAT:     i32.const 5
// WAT:     i32.store
// WAT:     i32.const 48
// WAT:     i32.const 6
// WAT:     i32.store offset=4
// WAT:     i32.const 0
// WAT:     local.set $total
// WAT:     i32.const 0
// WAT:     local.set $n
// WAT:     block
// WAT:       loop
// WAT:         local.get $n
// WAT:         i32.const 3
// WAT:         i32.ge_u
// WAT:         br_if 1
// WAT:         i32.const 32
// WAT:         local.get $n
// WAT:         i32.const 8
// WAT:         i32.mul
// WAT:         i32.add
// WAT:         local.set 2
// WAT:         i32.const 56
// WAT:         local.get 2
// WAT:         i32.load
// WAT:         i32.store
// WAT:         i32.const 56
// WAT:         local.get 2
// WAT:         i32.load offset=4
// WAT:         i32.store offset=4
// WAT:         i32.const 56
// WAT:         i32.load
// WAT:         i32.const 0
// WAT:         i32.lt_s
// WAT:         if (result i32)
// WAT:           i32.const 56
// WAT:           i32.load
// WAT:           local.set 2
// WAT:           i32.const 0
// WAT:           local.get 2
// WAT:           i32.sub
// WAT:         else
// WAT:           i32.const 56
// WAT:           i32.load
// WAT:         end
// WAT:         local.set 2
// WAT:         i32.const 56
// WAT:         i32.load offset=4
// WAT:         i32.const 0
// WAT:         i32.lt_s
// WAT:         if (result i32)
// WAT:           i32.const 56
// WAT:           i32.load offset=4
// WAT:           local.set 3
// WAT:           i32.const 0
// WAT:           local.get 3
// WAT:           i32.sub
// WAT:         else
// WAT:           i32.const 56
// WAT:           i32.load offset=4
// WAT:         end
// WAT:         local.set 3
// WAT:         local.get 2
// WAT:         local.get 3
// WAT:         i32.add
// WAT:         local.set 2
// WAT:         local.get $total
// WAT:         local.get 2
// WAT:         i32.add
// WAT:         local.set $total
// WAT:         local.get $n
// WAT:         i32.const 1
// WAT:         i32.add
// WAT:         local.set $n
// WAT:         br 0
// WAT:       end
// WAT:     end
// WAT:     i32.const 0
// WAT:     local.set $n
// WAT:     block
// WAT:       loop
// WAT:         local.get $n
// WAT:         i32.const 3
// WAT:         i32.lt_s
// WAT:         i32.eqz
// WAT:         br_if 1
// WAT:         local.get $n
// WAT:         i32.const 1
// WAT:         i32.add
// WAT:         local.set $n
// WAT:         br 0
// WAT:       end
// WAT:     end
// WAT:     i32.const 1
// WAT:     local.get $total
// WAT:     i64.extend_i32_s
// WAT:     call $__write_i64
// WAT:     i32.const 1
// WAT:     i32.const 17
// WAT:     i32.const 1
// WAT:     call $write
// WAT:     i32.const 1
// WAT:     local.get $n
// WAT:     i64.extend_i32_s
// WAT:     call $__write_i64
// WAT:     i32.const 1
// WAT:     i32.const 18
// WAT:     i32.const 1
// WAT:     call $write
// WAT:   )
// WAT:   (func $__write_i64 (;2;) (type 1) (param i32 i64)
// WAT:     (local i32)
// WAT:     local.get 1
// WAT:     i64.const 0
// WAT:     i64.lt_s
// WAT:     if
// WAT:       local.get 0
// WAT:       i32.const 16
// WAT:       i32.const 1
// WAT:       call $write
// WAT:       i64.const 0
// WAT:       local.get 1
// WAT:       i64.sub
// WAT:       local.set 1
// WAT:     end
// WAT:     i32.const 96
// WAT:     local.set 2
// WAT:     loop
// WAT:       local.get 2
// WAT:       i32.const 1
// WAT:       i32.sub
// WAT:       local.tee 2
// WAT:       local.get 1
// WAT:       i64.const 10
// WAT:       i64.rem_u
// WAT:       i32.wrap_i64
// WAT:       i32.const 48
// WAT:       i32.add
// WAT:       i32.store8
// WAT:       local.get 1
// WAT:       i64.const 10
// WAT:       i64.div_u
// WAT:       local.tee 1
// WAT:       i64.eqz
// WAT:       i32.eqz
// WAT:       br_if 0
// WAT:     end
// WAT:     local.get 0
// WAT:     local.get 2
// WAT:     i32.const 96
// WAT:     local.get 2
// WAT:     i32.sub
// WAT:     call $write
// WAT:   )
// WAT:   (memory $memory (;0;) 1)
// WAT:   (export "memory" (memory $memory))
// WAT:   (export "main" (func $main))
// WAT:   (data (;0;) (i32.const 16) "- \0a")
// WAT: )
