// Tuples compare lexicographically; a Vec of tuples sorts.
fn main() { let a = (1, "b"); let b = (1, "c"); println!("{} {}", a < b, (2, 1) > (1, 9)); let mut v = vec![(2, "x"), (1, "z"), (1, "a")]; v.sort(); println!("{:?}", v); }

// CHECK:STDOUT: true true
// CHECK:STDOUT: [(1, "a"), (1, "z"), (2, "x")]
