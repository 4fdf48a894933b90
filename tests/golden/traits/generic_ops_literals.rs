// Operators of a generic struct on untyped literals: the impl's T is bound
// to the left operand's `{integer}` or `{float}` and must meet the right
// operand's (before, the impl was not found, E0369). Also Option's
// `zip`/`flatten` and `bytes().len()`.
use std::ops::{Add, Mul};

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct V2<T> {
    x: T,
    y: T,
}

impl<T: Add<Output = T>> Add for V2<T> {
    type Output = V2<T>;
    fn add(self, o: Self) -> Self {
        V2 { x: self.x + o.x, y: self.y + o.y }
    }
}

impl<T: Mul<Output = T> + Copy> Mul<T> for V2<T> {
    type Output = V2<T>;
    fn mul(self, k: T) -> Self {
        V2 { x: self.x * k, y: self.y * k }
    }
}

fn main() {
    let p = V2 { x: 1.5, y: 2.0 } + V2 { x: 0.5, y: 1.0 };
    let q = V2 { x: 1, y: 2 } + V2 { x: 3, y: 4 };
    println!("{:?} {:?} {:?} {:?}", p, p * 2.0, q * 3, V2::<i32>::default());
    println!("{}", q == V2 { x: 4, y: 6 });
    let nested: Option<Option<i32>> = Some(None);
    println!("{:?} {:?}", nested.flatten(), Some(Some(7)).flatten());
    println!("{:?} {:?}", Some(3).zip(Some('c')), Some(1).zip(None::<u8>));
    let text = "Wörld";
    println!("{} {}", text.bytes().len(), text.chars().count());
}

// CHECK:STDOUT: V2 { x: 2.0, y: 3.0 } V2 { x: 4.0, y: 6.0 } V2 { x: 12, y: 18 } V2 { x: 0, y: 0 }
// CHECK:STDOUT: true
// CHECK:STDOUT: None Some(7)
// CHECK:STDOUT: Some((3, 'c')) None
// CHECK:STDOUT: 6 5
