// A program may define types named like the prelude's iterators (`Map`,
// `Range`): its code sees its own, and iterator chains still work.
struct Map {
    width: i32,
}
struct Range {
    lo: i32,
}
fn main() {
    let m = Map { width: 3 };
    let r = Range { lo: 2 };
    let v: Vec<i32> = vec![1, 2, 3].iter().map(|x| x * m.width).collect();
    let s: i32 = (r.lo..5).sum();
    println!("{:?} {}", v, s);
}

// CHECK:STDOUT: [3, 6, 9] 9
