// const-fold must not fold a division that traps: once `divide` is inlined
// the divisor is a constant zero; the zero check becomes an unconditional
// panic (the division after it is dead), and the program still panics.
// PASSES: inline,tree-shake,const-fold,flatten-blocks,dce,dse,unused-locals
// FUNCS: main
fn divide(n: i32, d: i32) -> i32 {
    n / d
}

fn main() {
    let zero = 0;
    println!("{}", divide(7, zero));
}

// WAT:   (func $main (;2;) (type 0)
// WAT:     i32.const 7
// WAT:     i32.const 5
// WAT:     i32.const 18
// WAT:     i32.const 25
// WAT:     call $__panic
// WAT:     unreachable
// WAT:   )
