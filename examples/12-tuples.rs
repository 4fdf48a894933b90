// Tuples: returning several values, destructuring and tuple structs.
#[derive(Debug, Clone, Copy)]
struct Point(i32, i32);

fn min_max(values: &[i32]) -> (i32, i32) {
    let mut lo = values[0];
    let mut hi = values[0];
    for v in values.iter() {
        if *v < lo {
            lo = *v;
        }
        if *v > hi {
            hi = *v;
        }
    }
    (lo, hi)
}

fn div_rem(a: i32, b: i32) -> (i32, i32) {
    (a / b, a % b)
}

fn main() {
    let data = [7, -3, 12, 0, 5];
    let (lo, hi) = min_max(&data);
    println!("min {} max {} range {}", lo, hi, hi - lo);
    let (q, r) = div_rem(17, 5);
    println!("17 = 5 * {} + {}", q, r);
    let p = Point(3, -4);
    println!("{:?} has coordinates ({}, {})", p, p.0, p.1);
    let nested = ((1, 2), (3.5, 'c'));
    println!("{:?} -> {}", nested, (nested.0).1);
}
