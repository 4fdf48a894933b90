// Closures and Option: closures passed to generic functions, a counter captured mutably, and Option combinators with the ? operator.
fn apply_all<F: Fn(i32) -> i32>(values: &mut [i32], f: F) {
    for v in values.iter_mut() {
        *v = f(*v);
    }
}

fn find_first<P: Fn(i32) -> bool>(values: &[i32], pred: P) -> Option<usize> {
    for i in 0..values.len() {
        if pred(values[i]) {
            return Some(i);
        }
    }
    None
}

fn ratio(values: &[i32]) -> Option<f64> {
    let big = find_first(values, |v| v > 50)?;
    let small = find_first(values, |v| v < 10)?;
    Some(values[big] as f64 / values[small] as f64)
}

fn main() {
    let mut values = [3, 14, 15, 92, 65, 35];
    let offset = 1;
    apply_all(&mut values, |v| v * 2 + offset);
    println!("{:?}", values);
    let mut calls = 0;
    let mut count_even = |v: i32| {
        calls += 1;
        v % 2 == 0
    };
    let evens = [count_even(4), count_even(7), count_even(10)];
    println!("{:?} after {} calls", evens, calls);
    println!("{:?}", find_first(&values, |v| v > 100).map(|i| values[i]));
    println!("{:?}", ratio(&values));
    println!("{:?}", ratio(&[20, 30]));
    println!("{}", find_first(&values, |v| v == 31).unwrap_or(99));
}
