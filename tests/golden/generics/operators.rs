// Operator overloading through the std::ops traits, on plain and generic
// structs, with `Output` types and right-hand sides of other types.
use std::ops::{Add, AddAssign, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Add for Vec2 {
    type Output = Vec2;
    fn add(self, other: Vec2) -> Vec2 {
        Vec2 { x: self.x + other.x, y: self.y + other.y }
    }
}

impl Sub for Vec2 {
    type Output = Self;
    fn sub(self, other: Self) -> Self::Output {
        Vec2 { x: self.x - other.x, y: self.y - other.y }
    }
}

impl Mul<f64> for Vec2 {
    type Output = Vec2;
    fn mul(self, k: f64) -> Vec2 {
        Vec2 { x: self.x * k, y: self.y * k }
    }
}

impl Neg for Vec2 {
    type Output = Vec2;
    fn neg(self) -> Vec2 {
        Vec2 { x: -self.x, y: -self.y }
    }
}

impl AddAssign for Vec2 {
    fn add_assign(&mut self, other: Vec2) {
        self.x += other.x;
        self.y += other.y;
    }
}

#[derive(Debug, Clone, Copy)]
struct Money<T> {
    cents: T,
}

impl<T: Add<Output = T>> Add for Money<T> {
    type Output = Money<T>;
    fn add(self, other: Money<T>) -> Money<T> {
        Money { cents: self.cents + other.cents }
    }
}

fn sum_all<T: Add<Output = T> + Copy>(items: &[T], zero: T) -> T {
    let mut acc = zero;
    for &item in items {
        acc = acc + item;
    }
    acc
}

fn main() {
    let a = Vec2 { x: 1.0, y: 2.0 };
    let b = Vec2 { x: 0.5, y: -1.0 };
    println!("{:?}", a + b);
    println!("{:?}", a - b);
    println!("{:?}", a * 3.0);
    println!("{:?}", -a);
    let mut c = a;
    c += b;
    c += Vec2 { x: 10.0, y: 10.0 };
    println!("{:?} {}", c, c == Vec2 { x: 11.5, y: 11.0 });
    let m = Money { cents: 250u64 } + Money { cents: 199 };
    println!("{:?}", m);
    println!("{}", sum_all(&[1, 2, 3, 4], 0));
    println!("{:?}", sum_all(&[a, b, c], Vec2 { x: 0.0, y: 0.0 }));
    println!("{:?}", sum_all(&[Money { cents: 1i8 }, Money { cents: 2 }], Money { cents: 0 }));
}

// CHECK:STDOUT: Vec2 { x: 1.5, y: 1.0 }
// CHECK:STDOUT: Vec2 { x: 0.5, y: 3.0 }
// CHECK:STDOUT: Vec2 { x: 3.0, y: 6.0 }
// CHECK:STDOUT: Vec2 { x: -1.0, y: -2.0 }
// CHECK:STDOUT: Vec2 { x: 11.5, y: 11.0 } true
// CHECK:STDOUT: Money { cents: 449 }
// CHECK:STDOUT: 10
// CHECK:STDOUT: Vec2 { x: 13.0, y: 12.0 }
// CHECK:STDOUT: Money { cents: 3 }
