// More drop order: labeled loops, mem::replace in a while loop, moves into a
// call's result, a struct holding a Vec and an Option, a recursive tree.
struct N(String);
impl Drop for N {
    fn drop(&mut self) { println!("  drop {}", self.0); }
}
fn n(s: &str) -> N { N(s.to_string()) }
#[derive(Debug)]
enum Tree { Leaf(i32), Node(Box<Tree>, Box<Tree>) }
struct Holder { items: Vec<N>, best: Option<N> }
impl Holder {
    fn add(&mut self, x: N) {
        if self.best.is_none() { self.best = Some(x); } else { self.items.push(x); }
    }
    fn take_best(&mut self) -> Option<N> { self.best.take() }
}
fn pick(flag: bool, a: N, b: N) -> N { if flag { a } else { b } }
fn sum(t: &Tree) -> i32 { match t { Tree::Leaf(v) => *v, Tree::Node(l, r) => sum(l) + sum(r) } }
fn main() {
    println!("a labeled");
    'outer: for i in 0..3 {
        let x = n(&format!("o{}", i));
        for j in 0..3 {
            let y = n(&format!("i{}{}", i, j));
            if j == 1 { continue 'outer; }
            if i == 2 { break 'outer; }
            let _ = &y;
        }
        let _ = &x;
    }
    println!("b while move");
    let mut cur = n("w0");
    let mut k = 0;
    while k < 3 {
        let next = n(&format!("w{}", k + 1));
        let old = std::mem::replace(&mut cur, next);
        println!("replaced {}", old.0);
        k += 1;
    }
    println!("c pick");
    let p = pick(false, n("pa"), n("pb"));
    println!("picked {}", p.0);
    println!("d holder");
    let mut h = Holder { items: Vec::new(), best: None };
    h.add(n("h1"));
    h.add(n("h2"));
    h.add(n("h3"));
    let b = h.take_best();
    println!("best {}", b.as_ref().map(|x| x.0.len()).unwrap_or(0));
    h.items.remove(0);
    println!("e tree");
    let t = Tree::Node(Box::new(Tree::Leaf(1)), Box::new(Tree::Node(Box::new(Tree::Leaf(2)), Box::new(Tree::Leaf(3)))));
    println!("{} {:?}", sum(&t), t);
    println!("f closure");
    let v = vec![n("c1"), n("c2")];
    let total = |m: usize| v.len() + m;
    println!("closure {}", total(1));
    println!("end");
}

// CHECK:STDOUT: a labeled
// CHECK:STDOUT:   drop i00
// CHECK:STDOUT:   drop i01
// CHECK:STDOUT:   drop o0
// CHECK:STDOUT:   drop i10
// CHECK:STDOUT:   drop i11
// CHECK:STDOUT:   drop o1
// CHECK:STDOUT:   drop i20
// CHECK:STDOUT:   drop o2
// CHECK:STDOUT: b while move
// CHECK:STDOUT: replaced w0
// CHECK:STDOUT:   drop w0
// CHECK:STDOUT: replaced w1
// CHECK:STDOUT:   drop w1
// CHECK:STDOUT: replaced w2
// CHECK:STDOUT:   drop w2
// CHECK:STDOUT: c pick
// CHECK:STDOUT:   drop pa
// CHECK:STDOUT: picked pb
// CHECK:STDOUT: d holder
// CHECK:STDOUT: best 2
// CHECK:STDOUT:   drop h2
// CHECK:STDOUT: e tree
// CHECK:STDOUT: 6 Node(Leaf(1), Node(Leaf(2), Leaf(3)))
// CHECK:STDOUT: f closure
// CHECK:STDOUT: closure 3
// CHECK:STDOUT: end
// CHECK:STDOUT:   drop c1
// CHECK:STDOUT:   drop c2
// CHECK:STDOUT:   drop h1
// CHECK:STDOUT:   drop h3
// CHECK:STDOUT:   drop pb
// CHECK:STDOUT:   drop w3
