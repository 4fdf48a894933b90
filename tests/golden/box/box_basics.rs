// Box<T>: `*b`, auto-deref for fields and methods, mutation through the box,
// boxes inside structs, and `==`/clone/Debug forwarded to the contents.
#[derive(Debug, Clone, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn norm1(&self) -> i32 {
        self.x.abs() + self.y.abs()
    }
    fn shift(&mut self, d: i32) {
        self.x += d;
        self.y += d;
    }
}

struct Holder {
    inner: Box<Point>,
    label: Box<&'static str>,
}

fn area(p: &Point) -> i32 {
    p.x * p.y
}

fn main() {
    let b = Box::new(41);
    println!("{} {}", *b + 1, b);
    let mut p = Box::new(Point { x: 3, y: -4 });
    println!("{} {} {}", p.x, p.norm1(), area(&p));
    p.shift(2);
    p.y = 10;
    (*p).x += 1;
    println!("{:?}", p);
    let q = p.clone();
    println!("{} {}", p == q, *q == Point { x: 6, y: 10 });
    let h = Holder { inner: Box::new(Point { x: 1, y: 2 }), label: Box::new("pt") };
    println!("{}: {:?} {}", h.label, h.inner, h.inner.norm1());
    let nested = Box::new(Box::new(7u8));
    println!("{} {:?}", **nested + 1, nested);
}

// CHECK:STDOUT: 42 41
// CHECK:STDOUT: 3 7 -12
// CHECK:STDOUT: Point { x: 6, y: 10 }
// CHECK:STDOUT: true true
// CHECK:STDOUT: pt: Point { x: 1, y: 2 } 3
// CHECK:STDOUT: 8 7
