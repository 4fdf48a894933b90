// A `move` closure holds its own copy of a Copy capture: later changes to
// the variable do not reach it, and it may outlive the variable's scope.
fn make_adder(step: i32) -> impl Fn(i32) -> i32 {
    move |x| x + step
}

fn call_twice<F: FnMut() -> i32>(mut f: F) -> i32 {
    f() + f()
}

fn main() {
    let mut n = 5;
    let f = move || n * 10;
    n += 1;
    println!("{} {}", f(), n);

    let g;
    {
        let k = 7;
        g = move || k + 1;
    }
    println!("{}", g());

    let add3 = make_adder(3);
    println!("{} {}", add3(1), add3(10));

    let mut count = 0;
    let mut tick = move || {
        count += 1;
        count
    };
    println!("{} {} {}", tick(), tick(), count);
    println!("{} {}", call_twice(&mut tick), tick());
    let mut total = 100;
    println!("{} {}", call_twice(move || { total -= 1; total }), total);
    println!("{}", (move |x: i32| x * total)(2));
}

// CHECK:STDOUT: 50 6
// CHECK:STDOUT: 8
// CHECK:STDOUT: 4 13
// CHECK:STDOUT: 1 2 0
// CHECK:STDOUT: 7 5
// CHECK:STDOUT: 197 100
// CHECK:STDOUT: 200
