// Generic structs and enums with generic impls; derived Debug, Clone, Copy
// and PartialEq on instances.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point<T> {
    x: T,
    y: T,
}

impl<T: Copy> Point<T> {
    fn new(x: T, y: T) -> Self {
        Point { x, y }
    }
    fn x(&self) -> T {
        self.x
    }
    fn swap(self) -> Point<T> {
        Point { x: self.y, y: self.x }
    }
}

impl Point<f64> {
    fn distance_from_origin(&self) -> f64 {
        (self.x * self.x + self.y * self.y).sqrt()
    }
}

#[derive(Debug)]
struct Pair<A, B> {
    first: A,
    second: B,
}

impl<A: Copy, B: Copy> Pair<A, B> {
    fn mixup<C: Copy, D: Copy>(&self, other: &Pair<C, D>) -> Pair<A, D> {
        Pair { first: self.first, second: other.second }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Maybe<T> {
    Nothing,
    Just(T),
}

impl<T: Copy> Maybe<T> {
    fn unwrap_or(self, default: T) -> T {
        match self {
            Maybe::Just(v) => v,
            Maybe::Nothing => default,
        }
    }
    fn is_just(&self) -> bool {
        matches!(self, Maybe::Just(_))
    }
}

fn first_even(items: &[i32]) -> Maybe<i32> {
    for &i in items {
        if i % 2 == 0 {
            return Maybe::Just(i);
        }
    }
    Maybe::Nothing
}

#[derive(Debug)]
struct Wrapper<T>(T, u8);

fn main() {
    let p = Point::new(5, 10);
    let q = Point::new(1.5, 2.0);
    println!("p.x = {}, q = {:?}", p.x(), q);
    println!("{:?} {}", p.swap(), p.swap() == Point { x: 10, y: 5 });
    println!("{:.3}", Point::new(3.0, 4.0).distance_from_origin());
    let a = Pair { first: 5, second: 10.4 };
    let b = Pair { first: "Hello", second: 'c' };
    let c = a.mixup(&b);
    println!("c.first = {}, c.second = {}", c.first, c.second);
    println!("{:#?}", c);
    let found = first_even(&[1, 3, 8, 5]);
    let none = first_even(&[1, 3]);
    println!("{:?} {:?} {} {}", found, none, found.unwrap_or(-1), none.unwrap_or(-1));
    println!("{} {}", found.is_just(), none.is_just());
    let nested: Maybe<Point<u8>> = Maybe::Just(Point { x: 1, y: 2 });
    println!("{:?}", nested);
    println!("{:?}", Wrapper((1, 'z'), 7));
}

// CHECK:STDOUT: p.x = 5, q = Point { x: 1.5, y: 2.0 }
// CHECK:STDOUT: Point { x: 10, y: 5 } true
// CHECK:STDOUT: 5.000
// CHECK:STDOUT: c.first = 5, c.second = c
// CHECK:STDOUT: Pair {
// CHECK:STDOUT:     first: 5,
// CHECK:STDOUT:     second: 'c',
// CHECK:STDOUT: }
// CHECK:STDOUT: Just(8) Nothing 8 -1
// CHECK:STDOUT: true false
// CHECK:STDOUT: Just(Point { x: 1, y: 2 })
// CHECK:STDOUT: Wrapper((1, 'z'), 7)
