// dce: code after return, break and panics never runs and is removed.
// PASSES: dce
// ARGS: --release
// FUNCS: first_over
fn first_over(limit: i32) -> i32 {
    let mut i = 0;
    loop {
        if i * i > limit {
            return i;
        }
        i += 1;
    }
}

fn main() {
    println!("{}", first_over(50));
}

// WAT:   (func $first_over (;2;) (type 2) (param $limit i32) (result i32)
// WAT:     (local $i i32) (local i32)
// WAT:     i32.const 0
// WAT:     local.set $i
// WAT:     block
// WAT:       loop
// WAT:         local.get $i
// WAT:         local.get $i
// WAT:         i32.mul
// WAT:         local.get $limit
// WAT:         i32.gt_s
// WAT:         if
// WAT:           local.get $i
// WAT:           return
// WAT:         end
// WAT:         i32.const 1
// WAT:         local.set 2
// WAT:         local.get $i
// WAT:         local.get 2
// WAT:         i32.add
// WAT:         local.set $i
// WAT:         br 0
// WAT:       end
// WAT:     end
// WAT:     unreachable
// WAT:   )
