// Tuples: construction, field access, destructuring and returning several values.
fn div_mod(a: i32, b: i32) -> (i32, i32) {
    (a / b, a % b)
}

fn min_max(a: f64, b: f64, c: f64) -> (f64, f64) {
    let lo = a.min(b).min(c);
    let hi = a.max(b).max(c);
    (lo, hi)
}

fn main() {
    let t = (1, 2.5, 'x', true);
    println!("{} {} {} {}", t.0, t.1, t.2, t.3);

    let (q, r) = div_mod(17, 5);
    println!("17 = 5 * {} + {}", q, r);

    let (lo, hi) = min_max(3.5, -1.0, 2.0);
    println!("lo = {}, hi = {}", lo, hi);

    let mut pair = (10, 20);
    pair.0 += 5;
    pair.1 = pair.0 * 2;
    println!("pair = {:?}", pair);

    let nested = ((1, 2), (3, (4, 5)));
    let inner = nested.1;
    println!("{}", inner.0 + (inner.1).1);
    let ((a, b), (c, (d, e))) = nested;
    println!("{}", a + b + c + d + e);

    let (x, _, z) = (7, "ignored", 9u8);
    println!("x = {}, z = {}", x, z);
    println!("{:?}", ());
}

// CHECK:STDOUT: 1 2.5 x true
// CHECK:STDOUT: 17 = 5 * 3 + 2
// CHECK:STDOUT: lo = -1, hi = 3.5
// CHECK:STDOUT: pair = (15, 30)
// CHECK:STDOUT: 8
// CHECK:STDOUT: 15
// CHECK:STDOUT: x = 7, z = 9
// CHECK:STDOUT: ()
