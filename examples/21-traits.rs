// Traits and generics: a trait with a default method, impls for two shapes, a generic fn bounded by the trait, and operator overloading.
use std::ops::Add;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &str;
    fn report(&self) -> f64 {
        println!("{:>8}: {:.2}", self.name(), self.area());
        self.area()
    }
}

struct Circle {
    r: f64,
}

struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.r * self.r
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
}

fn bigger<'a, A: Shape, B: Shape>(a: &'a A, b: &'a B) -> &'a str {
    if a.area() > b.area() {
        a.name()
    } else {
        b.name()
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Money {
    cents: u64,
}

impl Add for Money {
    type Output = Money;
    fn add(self, other: Money) -> Money {
        Money { cents: self.cents + other.cents }
    }
}

fn total<T: Add<Output = T> + Copy>(items: &[T], zero: T) -> T {
    let mut sum = zero;
    for &item in items {
        sum = sum + item;
    }
    sum
}

fn main() {
    let c = Circle { r: 1.5 };
    let r = Rect { w: 2.0, h: 3.0 };
    let sum = c.report() + r.report();
    println!("total area {:.2}, bigger: {}", sum, bigger(&c, &r));
    println!("{}", total(&[1, 2, 3, 4], 0));
    println!("{:?}", total(&[Money { cents: 250 }, Money { cents: 199 }], Money { cents: 0 }));
}
