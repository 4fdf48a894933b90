// Higher-order helpers over arrays and slices written with closures:
// counting, folding, searching and transforming in place, with a struct
// method that takes a closure.
fn count_where<T, P: Fn(&T) -> bool>(items: &[T], pred: P) -> usize {
    let mut n = 0;
    for item in items {
        if pred(item) {
            n += 1;
        }
    }
    n
}

fn fold<T: Copy, A, F: Fn(A, T) -> A>(items: &[T], init: A, f: F) -> A {
    let mut acc = init;
    for &item in items {
        acc = f(acc, item);
    }
    acc
}

fn position<T, P>(items: &[T], pred: P) -> i32
where
    P: Fn(&T) -> bool,
{
    for i in 0..items.len() {
        if pred(&items[i]) {
            return i as i32;
        }
    }
    -1
}

fn transform(values: &mut [i64], f: impl Fn(i64) -> i64) {
    for v in values.iter_mut() {
        *v = f(*v);
    }
}

struct Counter {
    hits: u32,
}

impl Counter {
    fn run<F: FnMut(u32) -> bool>(&mut self, limit: u32, mut check: F) {
        for i in 0..limit {
            if check(i) {
                self.hits += 1;
            }
        }
    }
}

fn main() {
    let nums = [3, 8, 15, 4, 42, 7, 16];
    let threshold = 7;
    println!("{} above {}", count_where(&nums, |&x| x > threshold), threshold);
    println!("{} even", count_where(&nums, |x| x % 2 == 0));
    let sum = fold(&nums, 0, |acc, x| acc + x);
    let max = fold(&nums, i32::MIN, |m, x| if x > m { x } else { m });
    println!("sum {} max {}", sum, max);
    let text = fold(&['a', 'b', 'c'], 0u32, |h, c| h * 31 + c as u32);
    println!("hash {}", text);
    println!("first > 10 at {}", position(&nums, |&x| x > 10));
    println!("first > 100 at {}", position(&nums, |&x| x > 100));
    let mut values = [1i64, 2, 3, 4];
    let base = 10;
    transform(&mut values, |v| v * v + base);
    println!("{:?}", values);
    let mut c = Counter { hits: 0 };
    let mut seen = 0;
    c.run(20, |i| {
        seen += 1;
        i % 3 == 0
    });
    println!("hits {} seen {}", c.hits, seen);
}

// CHECK:STDOUT: 4 above 7
// CHECK:STDOUT: 4 even
// CHECK:STDOUT: sum 95 max 42
// CHECK:STDOUT: hash 96354
// CHECK:STDOUT: first > 10 at 2
// CHECK:STDOUT: first > 100 at -1
// CHECK:STDOUT: [11, 14, 19, 26]
// CHECK:STDOUT: hits 7 seen 20
