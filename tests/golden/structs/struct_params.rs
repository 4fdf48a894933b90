// Structs passed by reference, by mutable reference and by value, and
// returned from functions.
struct Stats {
    count: u32,
    sum: i64,
    min: i64,
    max: i64,
}

fn empty() -> Stats {
    Stats { count: 0, sum: 0, min: i64::MAX, max: i64::MIN }
}

fn record(s: &mut Stats, v: i64) {
    s.count += 1;
    s.sum += v;
    if v < s.min {
        s.min = v;
    }
    if v > s.max {
        s.max = v;
    }
}

fn mean(s: &Stats) -> f64 {
    s.sum as f64 / s.count as f64
}

fn summary(s: Stats) -> i64 {
    s.max - s.min
}

fn main() {
    let mut s = empty();
    for v in [5, -3, 12, 7, 0, 9] {
        record(&mut s, v);
    }
    println!("count {} sum {} min {} max {}", s.count, s.sum, s.min, s.max);
    println!("mean {:.3}", mean(&s));
    println!("range {}", summary(s));
}

// CHECK:STDOUT: count 6 sum 30 min -3 max 12
// CHECK:STDOUT: mean 5.000
// CHECK:STDOUT: range 15
