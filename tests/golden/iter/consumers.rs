// Iterator consumers: sum, product, count, fold, any, all, find, position,
// min, max, min_by_key, max_by_key, last, nth, for_each, collect and join.
fn main() {
    let v = vec![4, 8, 15, 16, 23, 42];
    let total: i32 = v.iter().sum();
    let prod: i64 = (1..=10).product();
    println!("{} {}", total, prod);
    println!("{}", v.iter().sum::<i32>() + (1..=4).sum::<i32>());
    println!("{}", v.iter().filter(|&&x| x % 2 == 0).count());
    println!("{}", v.iter().fold(0, |acc, x| acc * 2 + x));
    if v.iter().any(|&x| x > 40) {
        println!("some are big");
    }
    println!("{} {}", v.iter().all(|x| *x > 0), v.iter().all(|x| *x > 4));
    println!("{:?} {:?}", v.iter().find(|&&x| x > 10), v.iter().find(|&&x| x > 100));
    println!("{:?} {:?}", v.iter().position(|&x| x == 16), v.iter().position(|&x| x == 5));
    let m = v.iter().max().unwrap();
    println!("{} {:?}", m, v.iter().min());
    let words = vec!["apple", "fig", "banana", "kiwi", "cherry"];
    println!("{:?} {:?}", words.iter().max_by_key(|w| w.len()), words.iter().min_by_key(|w| w.len()));
    println!("{:?} {:?} {:?}", v.iter().last(), v.iter().nth(2), v.iter().nth(9));
    words.iter().enumerate().for_each(|(i, w)| print!("{}={} ", i, w));
    println!();
    let joined: String = v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(",");
    println!("{}", joined);
    let upper: Vec<String> = words.iter().map(|w| w.to_uppercase()).collect();
    println!("{}", upper.join(" "));
    let s: String = vec!["ab", "cd", "ef"].into_iter().collect();
    let t: String = upper.into_iter().rev().collect();
    println!("{} {}", s, t);
    let n = "Hello, World 42!".chars().filter(|c| c.is_alphabetic()).count();
    println!("{}", n);
    let avg = v.iter().sum::<i32>() as f64 / v.len() as f64;
    println!("{:.2}", avg);
    let fsum: f64 = [0.5, 0.25, 0.125].iter().sum();
    println!("{}", fsum);
    let empty: Vec<i32> = Vec::new();
    println!("{:?} {} {}", empty.iter().max(), empty.iter().sum::<i32>(), empty.iter().count());
}

// CHECK:STDOUT: 108 3628800
// CHECK:STDOUT: 118
// CHECK:STDOUT: 4
// CHECK:STDOUT: 528
// CHECK:STDOUT: some are big
// CHECK:STDOUT: true false
// CHECK:STDOUT: Some(15) None
// CHECK:STDOUT: Some(3) None
// CHECK:STDOUT: 42 Some(4)
// CHECK:STDOUT: Some("cherry") Some("fig")
// CHECK:STDOUT: Some(42) Some(15) None
// CHECK:STDOUT: 0=apple 1=fig 2=banana 3=kiwi 4=cherry 
// CHECK:STDOUT: 4,8,15,16,23,42
// CHECK:STDOUT: APPLE FIG BANANA KIWI CHERRY
// CHECK:STDOUT: abcdef CHERRYKIWIBANANAFIGAPPLE
// CHECK:STDOUT: 10
// CHECK:STDOUT: 18.00
// CHECK:STDOUT: 0.875
// CHECK:STDOUT: None 0 0
