// tail-recursion: fib's second call becomes a loop with an accumulator
// (`acc = fib(n - 1) + acc`, then n = n - 2), and so does the last call of
// the tree walk's `1 + left.count() + right.count()`, which leaves its
// match by a branch; gcd's plain tail call after an early `return` needs
// no accumulator; pow's `base * pow(..)` accumulates from 1. The program
// prints the same with and without the pass (the runner checks it).
// PASSES: tail-recursion
// ARGS: --release
// FUNCS: fib,gcd,pow,count
fn fib(n: u32) -> u32 {
    if n < 2 {
        n
    } else {
        fib(n - 1) + fib(n - 2)
    }
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 {
        return a;
    }
    gcd(b, a % b)
}

fn pow(base: i32, exp: u32) -> i32 {
    if exp == 0 {
        1
    } else {
        base * pow(base, exp - 1)
    }
}

enum Tree {
    Leaf,
    Node(Box<Tree>, Box<Tree>),
}

impl Tree {
    fn full(depth: u32) -> Tree {
        if depth == 0 {
            Tree::Leaf
        } else {
            Tree::Node(Box::new(Tree::full(depth - 1)), Box::new(Tree::full(depth - 1)))
        }
    }
}

fn count(t: &Tree) -> u32 {
    match t {
        Tree::Leaf => 1,
        Tree::Node(left, right) => 1 + count(left) + count(right),
    }
}

fn main() {
    println!("{} {} {}", fib(20), gcd(1071, 462), pow(3, 7));
    println!("{}", pow(7, 40));
    println!("{}", count(&Tree::full(10)));
}

// WAT:   (func $fib (;3;) (type 3) (param $n i32) (result i32)
// WAT:     (local i32)
// WAT:     i32.const 0
// WAT:     local.set 1
// WAT:     loop (result i32)
// WAT:       local.get $n
// WAT:       i32.const 2
// WAT:       i32.lt_u
// WAT:       if (result i32)
// WAT:         local.get $n
// WAT:       else
// WAT:         local.get $n
// WAT:         i32.const 1
// WAT:         i32.sub
// WAT:         call $fib
// WAT:         local.get $n
// WAT:         i32.const 2
// WAT:         i32.sub
// WAT:         local.set $n
// WAT:         local.get 1
// WAT:         i32.add
// WAT:         local.set 1
// WAT:         br 1
// WAT:       end
// WAT:     end
// WAT:     local.get 1
// WAT:     i32.add
// WAT:   )
// WAT:   (func $gcd (;4;) (type 4) (param $a i64) (param $b i64) (result i64)
// WAT:     (local i64 i64)
// WAT:     loop (result i64)
// WAT:       local.get $b
// WAT:       i64.const 0
// WAT:       i64.eq
// WAT:       if
// WAT:         local.get $a
// WAT:         return
// WAT:         unreachable
// WAT:       end
// WAT:       local.get $b
// WAT:       local.get $a
// WAT:       local.get $b
// WAT:       local.set 3
// WAT:       local.set 2
// WAT:       local.get 3
// WAT:       i64.eqz
// WAT:       if
// WAT:         i32.const 22
// WAT:         i32.const 12
// WAT:         i32.const 1048595
// WAT:         i32.const 57
// WAT:         call $__panic
// WAT:         unreachable
// WAT:       end
// WAT:       local.get 2
// WAT:       local.get 3
// WAT:       i64.rem_u
// WAT:       local.set $b
// WAT:       local.set $a
// WAT:       br 0
// WAT:     end
// WAT:   )
// WAT:   (func $pow (;5;) (type 7) (param $base i32) (param $exp i32) (result i32)
// WAT:     (local i32)
// WAT:     i32.const 1
// WAT:     local.set 2
// WAT:     loop (result i32)
// WAT:       local.get $exp
// WAT:       i32.const 0
// WAT:       i32.eq
// WAT:       if (result i32)
// WAT:         i32.const 1
// WAT:       else
// WAT:         local.get $base
// WAT:         local.get $base
// WAT:         local.get $exp
// WAT:         i32.const 1
// WAT:         i32.sub
// WAT:         local.set $exp
// WAT:         local.set $base
// WAT:         local.get 2
// WAT:         i32.mul
// WAT:         local.set 2
// WAT:         br 1
// WAT:       end
// WAT:     end
// WAT:     local.get 2
// WAT:     i32.mul
// WAT:   )
// WAT:   (func $count (;9;) (type 3) (param $t i32) (result i32)
// WAT:     (local $left i32) (local $right i32) (local i32 i32 i32 i32 i32 i32 i32)
// WAT:     i32.const 0
// WAT:     local.set 9
// WAT:     loop (result i32)
// WAT:       block (result i32)
// WAT:         block
// WAT:           local.get $t
// WAT:           local.set 3
// WAT:           local.get 3
// WAT:           i32.load
// WAT:           i32.const 0
// WAT:           i32.ne
// WAT:           br_if 0
// WAT:           i32.const 1
// WAT:           br 1
// WAT:         end
// WAT:         block
// WAT:           local.get $t
// WAT:           local.set 4
// WAT:           local.get 4
// WAT:           i32.load
// WAT:           i32.const 1
// WAT:           i32.ne
// WAT:           br_if 0
// WAT:           local.get 4
// WAT:           i32.const 4
// WAT:           i32.add
// WAT:           local.set $left
// WAT:           local.get 4
// WAT:           i32.const 8
// WAT:           i32.add
// WAT:           local.set $right
// WAT:           i32.const 1
// WAT:           local.get $left
// WAT:           local.set 5
// WAT:           local.get 5
// WAT:           call $Box::deref::<Tree>
// WAT:           local.set 6
// WAT:           local.get 6
// WAT:           call $count
// WAT:           i32.add
// WAT:           local.get $right
// WAT:           local.set 7
// WAT:           local.get 7
// WAT:           call $Box::deref::<Tree>
// WAT:           local.set 8
// WAT:           local.get 8
// WAT:           local.set $t
// WAT:           local.get 9
// WAT:           i32.add
// WAT:           local.set 9
// WAT:           br 2
// WAT:           br 1
// WAT:         end
// WAT:         unreachable
// WAT:       end
// WAT:     end
// WAT:     local.get 9
// WAT:     i32.add
// WAT:   )
