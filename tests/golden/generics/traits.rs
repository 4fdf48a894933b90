// Traits: required and default methods, impls for several types, static
// dispatch through bounds, `impl Trait` arguments, `where` clauses and
// calls through the trait's path.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &str;
    fn describe(&self) -> f64 {
        self.area() * 2.0
    }
}

trait Scale {
    fn scale(&mut self, by: f64);
}

struct Circle {
    radius: f64,
}

struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14 * self.radius * self.radius
    }
    fn name(&self) -> &str {
        "circle"
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn name(&self) -> &str {
        "rect"
    }
    fn describe(&self) -> f64 {
        self.w + self.h
    }
}

impl Scale for Rect {
    fn scale(&mut self, by: f64) {
        self.w *= by;
        self.h *= by;
    }
}

trait Counter {
    fn next_value(&mut self) -> u32;
}

struct Steps {
    n: u32,
}

impl Counter for Steps {
    fn next_value(&mut self) -> u32 {
        self.n += 3;
        self.n
    }
}

trait Describe {
    fn describe(&self) -> i64;
}

impl Describe for i32 {
    fn describe(&self) -> i64 {
        *self as i64 * 10
    }
}

impl Describe for bool {
    fn describe(&self) -> i64 {
        if *self {
            1
        } else {
            0
        }
    }
}

fn print_area<S: Shape>(shape: &S) {
    println!("{} has area {:.2} (describe {:.2})", shape.name(), shape.area(), shape.describe());
}

fn total_area(a: &impl Shape, b: &impl Shape) -> f64 {
    a.area() + b.area()
}

fn grow<T>(shape: &mut T, times: u32)
where
    T: Shape + Scale,
{
    for _ in 0..times {
        shape.scale(2.0);
    }
    println!("grown {} to {}", shape.name(), shape.area());
}

fn take_three<C: Counter>(c: &mut C) -> [u32; 3] {
    [c.next_value(), c.next_value(), c.next_value()]
}

fn sum_descriptions<T: Describe>(items: &[T]) -> i64 {
    let mut total = 0;
    for item in items {
        total += item.describe();
    }
    total
}

fn main() {
    let c = Circle { radius: 2.0 };
    let mut r = Rect { w: 3.0, h: 4.5 };
    print_area(&c);
    print_area(&r);
    println!("total {:.3}", total_area(&c, &r));
    println!("{}", Shape::area(&r));
    grow(&mut r, 2);
    let mut s = Steps { n: 1 };
    println!("{:?}", take_three(&mut s));
    println!("{} {}", sum_descriptions(&[1, 2, 3]), sum_descriptions(&[true, false, true]));
    println!("{}", 7.describe());
}

// CHECK:STDOUT: circle has area 12.56 (describe 25.12)
// CHECK:STDOUT: rect has area 13.50 (describe 7.50)
// CHECK:STDOUT: total 26.060
// CHECK:STDOUT: 13.5
// CHECK:STDOUT: grown rect to 216
// CHECK:STDOUT: [4, 7, 10]
// CHECK:STDOUT: 60 2
// CHECK:STDOUT: 70
