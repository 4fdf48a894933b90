// Traits, enums and glob imports across modules: a trait declared in one
// module, implemented in another for types of a third; `use super::*` in a
// nested module; enum variants through paths and imports.
mod shapes {
    pub trait Shape {
        fn area(&self) -> f64;
        fn scaled(&self, k: f64) -> f64 {
            self.area() * k
        }
    }

    #[derive(Debug)]
    pub enum Kind {
        Round,
        Square,
    }
}

mod impls {
    use crate::shapes::{Kind, Shape};

    pub struct Tile(pub f64);
    pub struct Disc {
        pub r: f64,
    }

    impl Shape for Tile {
        fn area(&self) -> f64 {
            self.0 * self.0
        }
    }

    impl Shape for Disc {
        fn area(&self) -> f64 {
            3.0 * self.r * self.r
        }
    }

    pub fn kind_of(round: bool) -> Kind {
        if round {
            Kind::Round
        } else {
            Kind::Square
        }
    }

    pub mod report {
        use super::*;

        pub fn total<A: Shape, B: Shape>(a: &A, b: &B) -> f64 {
            a.area() + b.area()
        }

        pub fn describe(k: &Kind) -> &'static str {
            match k {
                Kind::Round => "round",
                Kind::Square => "square",
            }
        }
    }
}

use impls::report;
use impls::{Disc, Tile};
use shapes::Kind::*;
use shapes::Shape;

fn main() {
    let s = Tile(2.0);
    let d = Disc { r: 1.0 };
    println!("areas {} {}", s.area(), d.area());
    println!("total {}", report::total(&s, &d));
    println!("scaled {}", d.scaled(0.5));
    for round in [true, false] {
        let k = impls::kind_of(round);
        println!("{:?} is {}", k, report::describe(&k));
    }
    let k = Round;
    match k {
        Round => println!("matched Round"),
        Square => println!("matched Square"),
    }
}

// CHECK:STDOUT: areas 4 3
// CHECK:STDOUT: total 7
// CHECK:STDOUT: scaled 1.5
// CHECK:STDOUT: Round is round
// CHECK:STDOUT: Square is square
// CHECK:STDOUT: matched Round
