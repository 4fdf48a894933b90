// Programs in the style of exercise sets: accounts with histories, references
// into a Vec, splitting words, a matrix of Vec<Vec<f64>>, while let over pop.
#[derive(Debug)]
struct Account { owner: String, history: Vec<i64> }
impl Account {
    fn new(owner: &str) -> Self { Account { owner: owner.to_string(), history: Vec::new() } }
    fn deposit(&mut self, amount: i64) { self.history.push(amount); }
    fn balance(&self) -> i64 { let mut b = 0; for h in &self.history { b += h; } b }
}
fn largest(v: &Vec<i32>) -> &i32 {
    let mut best = &v[0];
    for x in v { if x > best { best = x; } }
    best
}
fn split_words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in s.chars() {
        if c == ' ' { if !cur.is_empty() { out.push(cur); cur = String::new(); } } else { cur.push(c); }
    }
    if !cur.is_empty() { out.push(cur); }
    out
}
fn matrix(n: usize) -> Vec<Vec<f64>> {
    let mut m = vec![vec![0.0; n]; n];
    for i in 0..n { for j in 0..n { m[i][j] = (i * n + j) as f64 / 2.0; } }
    m
}
fn main() {
    let mut accts = vec![Account::new("ann"), Account::new("bob")];
    accts[0].deposit(100);
    accts[0].deposit(-30);
    accts[1].deposit(5);
    for a in &accts { println!("{}: {} {:?}", a.owner, a.balance(), a.history); }
    let v = vec![3, 9, 2];
    println!("{}", largest(&v));
    let words = split_words("the  quick brown fox");
    for (i, w) in words.iter().enumerate() { println!("{} {}", i, w); }
    if let Some(last) = words.last() { println!("last {}", last); }
    match words.get(1) { Some(w) => println!("second {}", w), None => {} }
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() { print!("{} ", top); }
    println!();
    let pairs: Vec<(u32, String)> = vec![(1, "one".to_string()), (2, "two".to_string())];
    for (n, s) in &pairs { println!("{} -> {}", n, s); }
    let m = matrix(3);
    println!("{:?}", m[2]);
    let total: f64 = { let mut t = 0.0; for row in &m { for x in row { t += x; } } t };
    println!("{}", total);
    let mut names = Vec::new();
    names.push(String::from("z"));
    names.insert(0, "a".to_string());
    let joined = names.join("+");
    println!("{} {}", joined, names.contains(&"z".to_string()));
    let s = String::from("hello");
    let t = s.clone() + " world";
    let u = &t[..5];
    println!("{} {} {}", s, t, u == s);
    let mut counts = [0usize; 26];
    for b in t.bytes() { if b.is_ascii_lowercase() { counts[(b - b'a') as usize] += 1; } }
    println!("{:?}", &counts[..12]);
}

// CHECK:STDOUT: ann: 70 [100, -30]
// CHECK:STDOUT: bob: 5 [5]
// CHECK:STDOUT: 9
// CHECK:STDOUT: 0 the
// CHECK:STDOUT: 1 quick
// CHECK:STDOUT: 2 brown
// CHECK:STDOUT: 3 fox
// CHECK:STDOUT: last fox
// CHECK:STDOUT: second quick
// CHECK:STDOUT: 3 2 1 
// CHECK:STDOUT: 1 -> one
// CHECK:STDOUT: 2 -> two
// CHECK:STDOUT: [3.0, 3.5, 4.0]
// CHECK:STDOUT: 18
// CHECK:STDOUT: a+z true
// CHECK:STDOUT: hello hello world true
// CHECK:STDOUT: [0, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 3]
