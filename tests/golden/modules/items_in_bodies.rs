// Items declared inside function bodies: helper fns (visible before their
// declaration, and only in their block), a struct with an impl, a const,
// an enum brought in with `use`, and items in nested blocks and closures.
fn solve(n: u32) -> u32 {
    const LIMIT: u32 = 100;

    fn step(x: u32) -> u32 {
        if x % 2 == 0 {
            x / 2
        } else {
            3 * x + 1
        }
    }

    let mut x = n;
    let mut steps = 0;
    while x != 1 && steps < LIMIT {
        x = step(x);
        steps += 1;
    }
    steps
}

fn main() {
    #[derive(Debug, Clone, Copy)]
    struct Pair {
        a: i32,
        b: i32,
    }

    impl Pair {
        fn sum(&self) -> i32 {
            self.a + self.b
        }
    }

    enum Op {
        Add,
        Mul,
    }
    use Op::*;

    let p = Pair { a: 3, b: 4 };
    println!("{:?} sums to {}", p, p.sum());
    println!("collatz 27 takes {} steps", solve(27));
    println!("{}", twice(5));

    fn twice(x: i32) -> i32 {
        x * 2
    }

    for op in [Add, Mul] {
        let r = match op {
            Add => p.a + p.b,
            Mul => p.a * p.b,
        };
        println!("{}", r);
    }

    let f = |x: i32| {
        fn square(y: i32) -> i32 {
            y * y
        }
        square(x) + 1
    };
    println!("{}", f(6));

    {
        fn inner() -> &'static str {
            "inner block"
        }
        println!("{}", inner());
    }
}

// CHECK:STDOUT: Pair { a: 3, b: 4 } sums to 7
// CHECK:STDOUT: collatz 27 takes 100 steps
// CHECK:STDOUT: 10
// CHECK:STDOUT: 7
// CHECK:STDOUT: 12
// CHECK:STDOUT: 37
// CHECK:STDOUT: inner block
