// Vec<T> with Box and String around it: push, pop, insert, remove, indexing,
// `&v` as a slice, `for` over `&mut v`, capacity growth, Debug of nested values.
#[derive(Debug)]
enum List { Cons(i32, Box<List>), Nil }
use List::{Cons, Nil};

#[derive(Debug, Clone, PartialEq)]
struct P { name: String, tags: Vec<u8> }

fn total(xs: &[i32]) -> i32 { let mut s = 0; for x in xs { s += *x; } s }
fn shout(s: &str) -> usize { s.len() }

fn main() {
    let b = Box::new(5);
    println!("{} {:?}", *b + 1, b);
    let list = Cons(1, Box::new(Cons(2, Box::new(Nil))));
    println!("{:?}", list);
    let mut v: Vec<i32> = Vec::new();
    for i in 0..10 { v.push(i * i); }
    println!("{:?} len={} cap={}", v, v.len(), v.capacity());
    println!("{}", total(&v));
    v[3] = 100;
    println!("{} {}", v[3], v[9]);
    for x in &mut v { *x += 1; }
    println!("{:?}", &v[..3]);
    let popped = v.pop();
    println!("{:?} {:?}", popped, v.first());
    v.insert(0, -5);
    let r = v.remove(2);
    println!("{} {:?} {}", r, v, v.contains(&-5));
    let mut s = String::from("hello");
    s.push_str(", world");
    s.push('!');
    println!("{} {:?} {}", s, s, s.len());
    println!("{}", shout(&s));
    let t = format!("{}-{:>4}-{:?}", 1, "ab", v.len());
    println!("[{}]", t);
    let n = 42.to_string();
    println!("{} {}", n, "x".to_string());
    let p = P { name: String::from("ann"), tags: Vec::new() };
    println!("{:?}", p);
    println!("{:#?}", p);
    let q = s + " more";
    println!("{}", q);
}

// CHECK:STDOUT: 6 5
// CHECK:STDOUT: Cons(1, Cons(2, Nil))
// CHECK:STDOUT: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81] len=10 cap=16
// CHECK:STDOUT: 285
// CHECK:STDOUT: 100 81
// CHECK:STDOUT: [1, 2, 5]
// CHECK:STDOUT: Some(82) Some(1)
// CHECK:STDOUT: 2 [-5, 1, 5, 101, 17, 26, 37, 50, 65] true
// CHECK:STDOUT: hello, world! "hello, world!" 13
// CHECK:STDOUT: 13
// CHECK:STDOUT: [1-  ab-9]
// CHECK:STDOUT: 42 x
// CHECK:STDOUT: P { name: "ann", tags: [] }
// CHECK:STDOUT: P {
// CHECK:STDOUT:     name: "ann",
// CHECK:STDOUT:     tags: [],
// CHECK:STDOUT: }
// CHECK:STDOUT: hello, world! more
