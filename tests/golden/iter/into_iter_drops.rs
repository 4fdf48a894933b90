// A Vec consumed by into_iter: items handed out are dropped by their
// owner, the rest with the iterator, in rustc's order.
struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
fn main() {
    let v = vec![Noisy(1), Noisy(2), Noisy(3), Noisy(4)];
    let mut it = v.into_iter();
    let first = it.next().unwrap();
    println!("got {}", first.0);
    let back = it.next_back().unwrap();
    println!("back {}", back.0);
    drop_it(it);
    println!("end");
    let w = vec![Noisy(5), Noisy(6)];
    let total: u32 = w.into_iter().map(|n| n.0).sum();
    println!("total {}", total);
    let names = vec![String::from("x"), String::from("y")];
    let n = names.into_iter().filter(|s| s == "y").count();
    println!("{}", n);
}
fn drop_it<I: Iterator<Item = Noisy>>(_it: I) { println!("dropping"); }

// CHECK:STDOUT: got 1
// CHECK:STDOUT: back 4
// CHECK:STDOUT: dropping
// CHECK:STDOUT: drop 2
// CHECK:STDOUT: drop 3
// CHECK:STDOUT: end
// CHECK:STDOUT: drop 5
// CHECK:STDOUT: drop 6
// CHECK:STDOUT: total 11
// CHECK:STDOUT: 1
// CHECK:STDOUT: drop 4
// CHECK:STDOUT: drop 1
