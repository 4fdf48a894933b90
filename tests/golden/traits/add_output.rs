// An Add-like trait with an associated `type Output`: impls pick the
// result type, generic code names it as `T::Output` and
// `<T as Combine>::Output`, and std's `Add::Output` works the same way.
use std::ops::Add;

trait Combine {
    type Output;
    fn combine(self, other: Self) -> Self::Output;
}

#[derive(Debug, Clone, Copy)]
struct Cents(u32);

impl Combine for Cents {
    type Output = Cents;
    fn combine(self, other: Cents) -> Cents {
        Cents(self.0 + other.0)
    }
}

impl Combine for &str {
    type Output = String;
    fn combine(self, other: Self) -> String {
        format!("{}{}", self, other)
    }
}

impl Combine for u8 {
    type Output = u16;
    fn combine(self, other: u8) -> u16 {
        self as u16 * 256 + other as u16
    }
}

fn combine_twice<T: Combine + Copy>(a: T, b: T) -> (T::Output, <T as Combine>::Output) {
    (a.combine(b), b.combine(a))
}

fn sum_pair<T: Add>(a: T, b: T) -> T::Output {
    a + b
}

#[derive(Debug, Clone, Copy)]
struct V2 {
    x: i32,
    y: i32,
}

impl Add for V2 {
    type Output = V2;
    fn add(self, o: V2) -> V2 {
        V2 { x: self.x + o.x, y: self.y + o.y }
    }
}

fn main() {
    println!("{:?}", Cents(40).combine(Cents(2)));
    println!("{}", "wasm".combine("rust"));
    println!("{}", 1u8.combine(2));
    println!("{:?}", combine_twice(Cents(1), Cents(2)));
    println!("{:?}", combine_twice("ab", "cd"));
    println!("{:?}", combine_twice(3u8, 4u8));
    println!("{}", sum_pair(2, 3));
    println!("{}", sum_pair(1.5, 0.25));
    println!("{:?}", sum_pair(V2 { x: 1, y: 2 }, V2 { x: 10, y: 20 }));
}

// CHECK:STDOUT: Cents(42)
// CHECK:STDOUT: wasmrust
// CHECK:STDOUT: 258
// CHECK:STDOUT: (Cents(3), Cents(3))
// CHECK:STDOUT: ("abcd", "cdab")
// CHECK:STDOUT: (772, 1027)
// CHECK:STDOUT: 5
// CHECK:STDOUT: 1.75
// CHECK:STDOUT: V2 { x: 11, y: 22 }
