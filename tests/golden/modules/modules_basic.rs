// Inline modules: items reached by path, `use` of functions, structs and
// whole modules, `pub` items, nested modules and `super`.
mod geometry {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Point {
        pub x: f64,
        pub y: f64,
    }

    impl Point {
        pub fn new(x: f64, y: f64) -> Point {
            Point { x, y }
        }

        pub fn dist(&self, other: &Point) -> f64 {
            ((self.x - other.x).powi(2) + (self.y - other.y).powi(2)).sqrt()
        }
    }

    pub fn origin() -> Point {
        Point::new(0.0, 0.0)
    }

    pub mod shapes {
        use super::Point;

        pub struct Circle {
            pub center: Point,
            pub radius: f64,
        }

        impl Circle {
            pub fn area(&self) -> f64 {
                std::f64::consts::PI * self.radius * self.radius
            }

            pub fn contains(&self, p: &Point) -> bool {
                self.center.dist(p) <= self.radius
            }
        }

        pub fn unit() -> Circle {
            Circle { center: super::origin(), radius: 1.0 }
        }
    }
}

mod counter {
    pub const START: u32 = 10;
    static STEP: u32 = 3;

    pub fn run(n: u32) -> u32 {
        let mut c = START;
        for _ in 0..n {
            c += STEP;
        }
        c
    }
}

use geometry::shapes::{self, Circle};
use geometry::Point;

fn main() {
    let p = Point::new(3.0, 4.0);
    let o = geometry::origin();
    println!("{:?} is {} from {:?}", p, p.dist(&o), o);
    let c = Circle { center: o, radius: 5.0 };
    println!("area {:.3}, contains p: {}", c.area(), c.contains(&p));
    let u = shapes::unit();
    println!("unit contains p: {}, area {:.5}", u.contains(&p), u.area());
    let q = crate::geometry::Point { x: 0.5, y: 0.5 };
    println!("unit contains {:?}: {}", q, u.contains(&q));
    println!("counter {} from {}", counter::run(4), counter::START);
    println!("equal: {}", geometry::origin() == Point::new(0.0, 0.0));
}

// CHECK:STDOUT: Point { x: 3.0, y: 4.0 } is 5 from Point { x: 0.0, y: 0.0 }
// CHECK:STDOUT: area 78.540, contains p: true
// CHECK:STDOUT: unit contains p: false, area 3.14159
// CHECK:STDOUT: unit contains Point { x: 0.5, y: 0.5 }: true
// CHECK:STDOUT: counter 22 from 10
// CHECK:STDOUT: equal: true
