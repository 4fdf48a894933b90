// Derived Clone and PartialEq of structs holding Strings and Vecs clone and
// compare their parts with the parts' own impls; a user Index/IndexMut impl.
use std::ops::{Index, IndexMut};
#[derive(Debug, Clone, PartialEq)]
struct P { name: String, v: Vec<i32> }
struct Grid { w: usize, cells: Vec<u8> }
impl Index<(usize, usize)> for Grid {
    type Output = u8;
    fn index(&self, at: (usize, usize)) -> &u8 { &self.cells[at.1 * self.w + at.0] }
}
impl IndexMut<(usize, usize)> for Grid {
    fn index_mut(&mut self, at: (usize, usize)) -> &mut u8 { &mut self.cells[at.1 * self.w + at.0] }
}
fn main() {
    let a = P { name: String::from("x"), v: vec![1] };
    let mut b = a.clone();
    b.name.push('y');
    println!("{:?} {:?} {}", a, b, a == b);
    let c = P { name: String::from("x"), v: vec![1] };
    println!("{}", a == c);
    let mut g = Grid { w: 3, cells: vec![0; 9] };
    g[(1, 2)] = 5;
    g[(0, 0)] += 1;
    println!("{} {} {:?}", g[(1, 2)], g[(0, 0)], g.cells);
    let o = Some(String::from("a"));
    println!("{}", o == Some(String::from("a")));
}

// CHECK:STDOUT: P { name: "x", v: [1] } P { name: "xy", v: [1] } false
// CHECK:STDOUT: true
// CHECK:STDOUT: 5 1 [1, 0, 0, 0, 0, 0, 0, 5, 0]
// CHECK:STDOUT: true
