// Closures: inferred and annotated parameters, captures by reference (read
// and mutated), FnMut counters, closures passed to generic fns through Fn
// bounds, where clauses and impl Fn arguments, and nested closures.
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn apply_twice<F>(f: F, x: i32) -> i32
where
    F: Fn(i32) -> i32,
{
    f(f(x))
}

fn call_n<F: FnMut()>(mut f: F, n: u32) {
    for _ in 0..n {
        f();
    }
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C, x: A) -> C {
    g(f(x))
}

fn main() {
    let add = |a: i32, b: i32| a + b;
    println!("{}", add(2, 3));
    let offset = 10;
    let shift = |x| x + offset;
    println!("{} {}", shift(1), apply(shift, 5));
    println!("{}", apply(|x| x * x, 7));
    println!("{}", apply_twice(|x| x + 100, 1));
    let mut count = 0;
    call_n(|| count += 1, 5);
    println!("count = {}", count);
    let mut total = 0;
    let mut add_to = |v: i32| total += v;
    add_to(3);
    add_to(4);
    println!("total = {}", total);
    println!("{}", compose(|x: i32| x as f64 * 1.5, |y: f64| y > 4.0, 3));
    let factor = 2.5;
    let scale = move |v: f64| v * factor;
    println!("{}", scale(4.0));
    let nested = |a: i32| {
        let inner = |b: i32| a * b + offset;
        inner(a + 1)
    };
    println!("{}", nested(3));
}

// CHECK:STDOUT: 5
// CHECK:STDOUT: 11 15
// CHECK:STDOUT: 49
// CHECK:STDOUT: 201
// CHECK:STDOUT: count = 5
// CHECK:STDOUT: total = 7
// CHECK:STDOUT: true
// CHECK:STDOUT: 10
// CHECK:STDOUT: 22
