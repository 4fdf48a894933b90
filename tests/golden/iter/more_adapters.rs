// Iterator methods max_by/min_by, scan, inspect, flat_map, flatten (of Vecs
// and Options), try_fold/try_for_each, float sums, and Vec dedup/retain,
// slice windows/chunks.
fn main() {
    let v = vec![3.5, 1.25, 9.0, -2.0];
    let mx = v.iter().cloned().max_by(|a: &f64, b: &f64| a.partial_cmp(b).unwrap());
    let mn = v.iter().min_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?} {:?}", mx, mn);
    let s: f64 = v.iter().sum();
    println!("{}", s);
    let run: Vec<i32> = (1..6).scan(0, |acc, x| { *acc += x; Some(*acc) }).collect();
    println!("{:?}", run);
    let fl: Vec<i32> = vec![vec![1, 2], vec![], vec![3]].into_iter().flatten().collect();
    println!("{:?}", fl);
    let fm: Vec<char> = vec!["ab", "cd"].iter().flat_map(|s| s.chars()).collect();
    println!("{:?}", fm);
    let opts: Vec<i32> = vec![Some(1), None, Some(3)].into_iter().flatten().collect();
    println!("{:?}", opts);
    let total = (1..=4).try_fold(0i32, |acc, x| acc.checked_add(x));
    println!("{:?}", total);
    let over = [100i8, 27, 1].iter().try_fold(0i8, |acc, &x| acc.checked_add(x));
    println!("{:?}", over);
    let r: Result<(), String> = (1..5).try_for_each(|x| if x < 3 { println!("ok {}", x); Ok(()) } else { Err(format!("stop at {}", x)) });
    println!("{:?}", r);
    let mut seen = Vec::new();
    let n: i32 = (1..4).inspect(|x| seen.push(*x)).sum();
    println!("{} {:?}", n, seen);
    let mut d = vec![1, 1, 2, 3, 3, 3, 1];
    d.dedup();
    println!("{:?}", d);
    let mut e = vec![10, 11, 20, 25, 31];
    e.dedup_by_key(|x| *x / 10);
    println!("{:?}", e);
    let mut r = vec![1, 2, 3, 4, 5, 6];
    r.retain(|&x| x % 2 == 0);
    println!("{:?}", r);
    let a = [1, 2, 3, 4, 5];
    for w in a.windows(2) { print!("{:?} ", w); }
    println!();
    let sums: Vec<i32> = a.chunks(2).map(|c| c.iter().sum()).collect();
    println!("{:?}", sums);
    println!("{:?} {:?}", a.iter().last(), a.iter().nth(2));
    let st: Vec<_> = (0..10).step_by(3).collect();
    println!("{:?}", st);
    let tw: Vec<_> = a.iter().take_while(|&&x| x < 3).collect();
    let sw: Vec<_> = a.iter().skip_while(|&&x| x < 3).collect();
    println!("{:?} {:?}", tw, sw);
    let words = vec!["apple", "fig", "banana"];
    println!("{:?}", words.iter().max_by(|a, b| a.len().cmp(&b.len())));
}

// CHECK:STDOUT: Some(9.0) Some(-2.0)
// CHECK:STDOUT: 11.75
// CHECK:STDOUT: [1, 3, 6, 10, 15]
// CHECK:STDOUT: [1, 2, 3]
// CHECK:STDOUT: ['a', 'b', 'c', 'd']
// CHECK:STDOUT: [1, 3]
// CHECK:STDOUT: Some(10)
// CHECK:STDOUT: None
// CHECK:STDOUT: ok 1
// CHECK:STDOUT: ok 2
// CHECK:STDOUT: Err("stop at 3")
// CHECK:STDOUT: 6 [1, 2, 3]
// CHECK:STDOUT: [1, 2, 3, 1]
// CHECK:STDOUT: [10, 20, 31]
// CHECK:STDOUT: [2, 4, 6]
// CHECK:STDOUT: [1, 2] [2, 3] [3, 4] [4, 5] 
// CHECK:STDOUT: [3, 7, 5]
// CHECK:STDOUT: Some(5) Some(3)
// CHECK:STDOUT: [0, 3, 6, 9]
// CHECK:STDOUT: [1, 2] [3, 4, 5]
// CHECK:STDOUT: Some("banana")
