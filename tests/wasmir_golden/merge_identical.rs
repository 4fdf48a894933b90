// merge-functions: two methods of two structs with the same layout lower to
// the same code and become one function (as generic instantiations would).
// PASSES: merge-functions,tree-shake
// ARGS: --release
struct Meters {
    v: i32,
}

struct Seconds {
    v: i32,
}

impl Meters {
    fn doubled(&self) -> i32 {
        self.v * 2 + 1
    }
}

impl Seconds {
    fn doubled(&self) -> i32 {
        self.v * 2 + 1
    }
}

fn main() {
    let m = Meters { v: 20 };
    let s = Seconds { v: 30 };
    println!("{} {}", m.doubled(), s.doubled());
}

// WAT: (module
// WAT:   (type (;0;) (func))
// WAT:   (type (;1;) (func (param i32 i64)))
// WAT:   (type (;2;) (func (param i32) (result i32)))
// WAT:   (type (;3;) (func (param i32 i32 i32)))
// WAT:   (import "env" "write" (func $write (;0;) (type 3)))
// WAT:   (func $main (;1;) (type 0)
// WAT:     (local $fp i32) (local i32 i32 i32 i32 i32 i32 i32 i32)
// WAT:     i32.const 32
// WAT:     local.set $fp
// WAT:     local.get $fp
// WAT:     local.set 1
// WAT:     i32.const 20
// WAT:     local.set 2
// WAT:     local.get 1
// WAT:     local.get 2
// WAT:     i32.store
// WAT:     local.get 1
// WAT:     drop
// WAT:     local.get $fp
// WAT:     i32.const 4
// WAT:     i32.add
// WAT:     local.set 3
// WAT:     i32.const 30
// WAT:     local.set 4
// WAT:     local.get 3
// WAT:     local.get 4
// WAT:     i32.store
// WAT:     local.get 3
// WAT:     drop
// WAT:     local.get $fp
// WAT:     call $Meters::doubled
// WAT:     local.set 5
// WAT:     local.get $fp
// WAT:     i32.const 4
// WAT:     i32.add
// WAT:     call $Meters::doubled
// WAT:     local.set 6
// WAT:     local.get 5
// WAT:     local.set 7
// WAT:     i32.const 1
// WAT:     local.get 7
// WAT:     i64.extend_i32_s
// WAT:     call $__write_i64
// WAT:     i32.const 1
// WAT:     i32.const 17
// WAT:     i32.const 1
// WAT:     call $write
// WAT:     local.get 6
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
// WAT:   (func $Meters::doubled (;2;) (type 2) (param $self i32) (result i32)
// WAT:     (local i32)
// WAT:     local.get $self
// WAT:     local.set 1
// WAT:     local.get 1
// WAT:     i32.load
// WAT:     i32.const 2
// WAT:     i32.mul
// WAT:     i32.const 1
// WAT:     i32.add
// WAT:   )
// WAT:   (func $__write_i64 (;3;) (type 1) (param i32 i64)
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
// WAT:     local.get 0
// WAT:     local.get 1
// WAT:     call $__write_u64
// WAT:   )
// WAT:   (func $__write_u64 (;4;) (type 1) (param i32 i64)
// WAT:     (local $p i32)
// WAT:     i32.const 48
// WAT:     i32.const 32
// WAT:     i32.add
// WAT:     local.set $p
// WAT:     loop
// WAT:       local.get $p
// WAT:       i32.const 1
// WAT:       i32.sub
// WAT:       local.tee $p
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
// WAT:     local.get $p
// WAT:     i32.const 48
// WAT:     i32.const 32
// WAT:     i32.add
// WAT:     local.get $p
// WAT:     i32.sub
// WAT:     call $write
// WAT:   )
// WAT:   (memory $memory (;0;) 1)
// WAT:   (export "memory" (memory $memory))
// WAT:   (export "main" (func $main))
// WAT:   (data (;0;) (i32.const 16) "- \0a")
// WAT: )
