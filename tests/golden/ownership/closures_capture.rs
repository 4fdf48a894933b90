// Closure captures the checkers must accept: closures capture the precise
// places they use (edition 2021: `s.a`, not `s`), borrow only while the
// closure is used, `move` closures copy what is Copy, and an `FnMut`
// closure may be called many times.
#[derive(Debug)]
struct State {
    count: i32,
    label: u8,
}

fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn twice<F: FnMut()>(mut f: F) {
    f();
    f();
}

fn main() {
    let mut s = State { count: 0, label: 7 };

    // Capturing `s.count` mutably leaves `s.label` free.
    let mut inc = || s.count += 1;
    let l = s.label;
    inc();
    inc();
    println!("{} {:?}", l, s);

    // The borrow lasts while the closure is used, no longer.
    let k = 3;
    let add_k = |x: i32| x + k + s.count;
    println!("{}", apply(add_k, 1));
    s.count = 100;
    println!("{:?}", s);

    // A move closure copies a Copy value: the original stays usable.
    let n = 5;
    let times = move |x: i32| x * n;
    println!("{} {}", times(2), n);

    // FnMut passed to a generic fn.
    let mut calls = 0;
    twice(|| calls += 1);
    println!("calls {}", calls);

    // A closure that only reads is Copy and can be used after a copy.
    let base = 10;
    let get = || base * 2;
    let get2 = get;
    println!("{} {}", get(), get2());
}

// CHECK:STDOUT: 7 State { count: 2, label: 7 }
// CHECK:STDOUT: 6
// CHECK:STDOUT: State { count: 100, label: 7 }
// CHECK:STDOUT: 10 5
// CHECK:STDOUT: calls 2
// CHECK:STDOUT: 20 20
