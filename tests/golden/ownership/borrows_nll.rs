// Borrows the borrow checker must accept at rustc's NLL precision: a
// borrow ends at its last use, a reference variable given a new value
// releases its old loan, disjoint fields are borrowed separately,
// `&mut` references passed to fns are reborrowed, `&mut self` calls whose
// arguments read the receiver (two-phase borrows), and references that
// fns return borrow only from what their signatures say.
#[derive(Debug)]
struct Counter {
    hits: i32,
    misses: i32,
}

impl Counter {
    fn hits(&self) -> i32 {
        self.hits
    }
    fn add(&mut self, n: i32) {
        self.hits += n;
    }
    fn hits_mut(&mut self) -> &mut i32 {
        &mut self.hits
    }
    fn larger<'a>(&'a self, limit: &i32) -> &'a i32 {
        if self.hits > *limit {
            &self.hits
        } else {
            &self.misses
        }
    }
}

fn bump(c: &mut Counter) {
    c.misses += 1;
}

fn first<'a>(xs: &'a [i32; 4]) -> &'a i32 {
    &xs[0]
}

fn main() {
    let mut c = Counter { hits: 1, misses: 0 };

    // The shared borrow ends at its last use.
    let r = &c;
    println!("{}", r.hits);
    c.hits = 5;
    println!("{:?}", c);

    // A `&mut` passed twice: reborrowed, not moved.
    let m = &mut c;
    bump(m);
    bump(m);
    m.hits += 1;
    println!("{:?}", c);

    // Two-phase borrow: the argument reads the receiver.
    c.add(c.hits());
    println!("{}", c.hits);

    // Disjoint fields.
    let h = &mut c.hits;
    let mi = &c.misses;
    *h += *mi;
    println!("{:?}", c);

    // A reference variable given a new value releases its old loan.
    let mut a = 1;
    let b = 2;
    let mut rr = &a;
    println!("{}", rr);
    rr = &b;
    a += 10;
    println!("{} {}", rr, a);

    // A returned `&mut` borrows only while it is used.
    *c.hits_mut() += 3;
    let hm = c.hits_mut();
    *hm *= 2;
    println!("{}", c.hits);

    // The result of `larger` borrows `c`, not `limit`.
    let mut limit = 3;
    let big = c.larger(&limit);
    limit += 1;
    println!("{} {}", big, limit);

    // Borrows in a loop, each ending within its iteration.
    let mut xs = [4, 3, 2, 1];
    for i in 0..4 {
        let slot = &mut xs[i];
        *slot += 1;
        let f = first(&xs);
        println!("{} {}", i, f);
    }
    xs[0] = 0;
    println!("{:?}", xs);

    // A borrow taken on one branch only.
    let mut v = 10;
    let mut w = 20;
    let pick = if v > 5 { &mut v } else { &mut w };
    *pick += 1;
    println!("{} {}", v, w);
}

// CHECK:STDOUT: 1
// CHECK:STDOUT: Counter { hits: 5, misses: 0 }
// CHECK:STDOUT: Counter { hits: 6, misses: 2 }
// CHECK:STDOUT: 12
// CHECK:STDOUT: Counter { hits: 14, misses: 2 }
// CHECK:STDOUT: 1
// CHECK:STDOUT: 2 11
// CHECK:STDOUT: 34
// CHECK:STDOUT: 34 4
// CHECK:STDOUT: 0 5
// CHECK:STDOUT: 1 5
// CHECK:STDOUT: 2 5
// CHECK:STDOUT: 3 5
// CHECK:STDOUT: [0, 4, 3, 2]
// CHECK:STDOUT: 11 20
