// Hand-written Ord and PartialOrd impls drive sort, <, max; derived
// PartialOrd over floats is unordered with a NaN; Option and tuples order.
use std::cmp::Ordering;
#[derive(Debug, PartialEq, Eq)]
struct Task { pri: u32, name: String }
impl Ord for Task {
    fn cmp(&self, other: &Self) -> Ordering { other.pri.cmp(&self.pri).then_with(|| self.name.cmp(&other.name)) }
}
impl PartialOrd for Task {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> { Some(self.cmp(other)) }
}
#[derive(Debug, PartialEq, PartialOrd)]
struct P { x: f64, y: f64 }
fn largest<T: PartialOrd + Copy>(v: &[T]) -> T { let mut m = v[0]; for &x in v { if x > m { m = x; } } m }
fn main() {
    let mut ts = vec![Task { pri: 1, name: String::from("low") }, Task { pri: 5, name: String::from("b") }, Task { pri: 5, name: String::from("a") }];
    ts.sort();
    for t in &ts { print!("{}:{} ", t.pri, t.name); }
    println!();
    println!("{} {:?}", ts[0] < ts[1], ts[0].cmp(&ts[2]));
    let a = P { x: 1.0, y: f64::NAN }; let b = P { x: 1.0, y: 2.0 };
    println!("{:?} {} {} {:?}", a.partial_cmp(&b), a < b, a >= b, P { x: 0.5, y: 9.0 }.partial_cmp(&b));
    println!("{} {}", largest(&[3, 9, 2]), largest(&[1.5, -2.0]));
    println!("{:?} {:?}", Some(3).cmp(&None), (1, 'a').partial_cmp(&(1, 'b')));
    println!("{:?}", ts.iter().max().map(|t| &t.name));
    let mut ps = vec![(2, "b"), (1, "z")]; ps.sort_by(|a, b| a.cmp(b)); println!("{:?}", ps);
}

// CHECK:STDOUT: 5:a 5:b 1:low 
// CHECK:STDOUT: true Less
// CHECK:STDOUT: None false false Some(Less)
// CHECK:STDOUT: 9 1.5
// CHECK:STDOUT: Greater Some(Less)
// CHECK:STDOUT: Some("low")
// CHECK:STDOUT: [(1, "z"), (2, "b")]
