// Shared and mutable references, explicit dereference, and references as parameters.
fn add_one(x: &mut i32) {
    *x += 1;
}

fn larger(a: &i64, b: &i64) -> i64 {
    if *a >= *b { *a } else { *b }
}

fn swap(a: &mut u8, b: &mut u8) {
    let t = *a;
    *a = *b;
    *b = t;
}

fn read(r: &f64) -> f64 {
    *r * 2.0
}

fn main() {
    let mut n = 41;
    add_one(&mut n);
    println!("n = {}", n);

    let r = &n;
    println!("through a reference: {} {}", r, *r + 1);

    let p = 5;
    let q = 9;
    println!("larger = {}", larger(&p, &q));

    let mut a = 1u8;
    let mut b = 2u8;
    swap(&mut a, &mut b);
    println!("a = {}, b = {}", a, b);

    let m = &mut a;
    *m *= 10;
    println!("a = {}", a);

    let rr = &&7;
    println!("{}", **rr + 1);
    println!("{}", read(&1.25));
}

// CHECK:STDOUT: n = 42
// CHECK:STDOUT: through a reference: 42 43
// CHECK:STDOUT: larger = 9
// CHECK:STDOUT: a = 2, b = 1
// CHECK:STDOUT: a = 20
// CHECK:STDOUT: 8
// CHECK:STDOUT: 2.5
