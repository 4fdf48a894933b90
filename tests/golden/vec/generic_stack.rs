// A generic Stack<T> over Vec<T>, generic max over slices, dedup with remove,
// Fibonacci into a Vec, Vec<Option<Box<i32>>>.
use std::fmt::Debug;
struct Stack<T> { items: Vec<T> }
impl<T: Debug> Stack<T> {
    fn new() -> Self { Stack { items: Vec::new() } }
    fn push(&mut self, x: T) { self.items.push(x); }
    fn pop(&mut self) -> Option<T> { self.items.pop() }
    fn peek(&self) -> Option<&T> { self.items.last() }
    fn len(&self) -> usize { self.items.len() }
    fn is_empty(&self) -> bool { self.items.is_empty() }
    fn show(&self) -> String { format!("{:?}", self.items) }
}
fn max_of<T: PartialOrd + Copy>(xs: &[T]) -> Option<T> {
    if xs.is_empty() { return None; }
    let mut m = xs[0];
    for &x in xs { if x > m { m = x; } }
    Some(m)
}
fn dedup(v: &mut Vec<i32>) {
    let mut i = 1;
    while i < v.len() { if v[i] == v[i - 1] { v.remove(i); } else { i += 1; } }
}
fn fib(n: usize) -> Vec<u64> {
    let mut f = vec![0u64, 1];
    while f.len() < n { let k = f.len(); f.push(f[k - 1] + f[k - 2]); }
    f.truncate(n);
    f
}
fn main() {
    let mut s: Stack<String> = Stack::new();
    for w in ["a", "b", "c"] { s.push(w.to_string()); }
    println!("{} {:?} {}", s.len(), s.peek(), s.show());
    let top = s.pop().unwrap();
    println!("{} {} {}", top, s.show(), s.is_empty());
    let mut n: Stack<(i32, char)> = Stack::new();
    n.push((1, 'x'));
    println!("{:?}", n.pop());
    println!("{:?} {:?} {:?}", max_of(&[3, 8, 1]), max_of(&[1.5, -2.0]), max_of::<u8>(&[]));
    let mut d = vec![1, 1, 2, 3, 3, 3, 4];
    dedup(&mut d);
    println!("{:?}", d);
    println!("{:?}", fib(12));
    let nested: Vec<Option<Box<i32>>> = vec![Some(Box::new(1)), None, Some(Box::new(3))];
    let mut sum = 0;
    for x in &nested { if let Some(b) = x { sum += **b; } }
    println!("{} {:?}", sum, nested);
    let strs = vec!["x".to_string(); 3];
    let lens: usize = { let mut t = 0; for s in &strs { t += s.len(); } t };
    println!("{} {:?}", lens, strs);
}

// CHECK:STDOUT: 3 Some("c") ["a", "b", "c"]
// CHECK:STDOUT: c ["a", "b"] false
// CHECK:STDOUT: Some((1, 'x'))
// CHECK:STDOUT: Some(8) Some(1.5) None
// CHECK:STDOUT: [1, 2, 3, 4]
// CHECK:STDOUT: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]
// CHECK:STDOUT: 4 [Some(1), None, Some(3)]
// CHECK:STDOUT: 3 ["x", "x", "x"]
