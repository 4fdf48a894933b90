// Moves the move checker must accept: re-initialization after a move,
// moves on separate branches, a move followed by `break`, partial moves
// that leave the other fields usable, Copy values, `let _`, by-reference
// match bindings, consuming `self` once, and a value moved into a fn and
// handed back.
#[derive(Debug, Clone, PartialEq)]
struct Token {
    id: u32,
    weight: i64,
}

#[derive(Debug)]
struct Pair {
    left: Token,
    right: Token,
    tag: u8,
}

fn consume(t: Token) -> i64 {
    t.weight * 2
}

fn pass_through(t: Token) -> Token {
    Token { id: t.id + 100, weight: t.weight }
}

impl Token {
    fn into_weight(self) -> i64 {
        self.weight
    }
    fn describe(&self) -> u32 {
        self.id
    }
}

fn pick(flag: bool) -> i64 {
    let t = Token { id: 1, weight: 10 };
    // Moved on one branch or the other, never both.
    if flag {
        consume(t)
    } else {
        t.into_weight() + 1
    }
}

fn main() {
    // Re-initialization makes a moved variable usable again.
    let mut t = Token { id: 1, weight: 5 };
    let a = consume(t);
    t = Token { id: 2, weight: 7 };
    println!("{} {:?}", a, t);

    // A move in a loop that always leaves the loop right after.
    let u = Token { id: 3, weight: 9 };
    let mut total = 0;
    loop {
        total += consume(u);
        break;
    }
    println!("total {}", total);

    // A move inside the loop, re-initialized before the next iteration.
    let mut v = Token { id: 4, weight: 1 };
    for i in 0..3 {
        total += consume(v);
        v = Token { id: 4 + i, weight: i as i64 };
    }
    println!("total {} last {:?}", total, v);

    // Partial moves: the fields not moved stay usable.
    let p = Pair { left: Token { id: 5, weight: 2 }, right: Token { id: 6, weight: 3 }, tag: 7 };
    let l = p.left;
    println!("{:?} {:?} {}", l, p.right, p.tag);
    let r = p.right;
    println!("{}", r.describe());

    // Copy values are copied, not moved.
    let n = 41;
    let m = n;
    println!("{} {}", n, m + 1);
    let pt = (1.5, 2.5);
    let qt = pt;
    println!("{:?} {:?}", pt, qt);

    // `let _ = x` does not move x.
    let w = Token { id: 8, weight: 8 };
    let _ = w;
    println!("{:?}", w);

    // Matching through a reference binds by reference.
    let opt = Some(Token { id: 9, weight: 4 });
    match &opt {
        Some(tok) => println!("ref {}", tok.describe()),
        None => println!("none"),
    }
    if let Some(ref tok) = opt {
        println!("ref again {}", tok.weight);
    }
    println!("{:?}", opt);

    // Moved into a fn and handed back.
    let x = Token { id: 10, weight: 6 };
    let x = pass_through(x);
    let y = x.clone();
    println!("{:?} {}", x, y == x);
    println!("{} {}", pick(true), pick(false));
}

// CHECK:STDOUT: 10 Token { id: 2, weight: 7 }
// CHECK:STDOUT: total 18
// CHECK:STDOUT: total 22 last Token { id: 6, weight: 2 }
// CHECK:STDOUT: Token { id: 5, weight: 2 } Token { id: 6, weight: 3 } 7
// CHECK:STDOUT: 6
// CHECK:STDOUT: 41 42
// CHECK:STDOUT: (1.5, 2.5) (1.5, 2.5)
// CHECK:STDOUT: Token { id: 8, weight: 8 }
// CHECK:STDOUT: ref 9
// CHECK:STDOUT: ref again 4
// CHECK:STDOUT: Some(Token { id: 9, weight: 4 })
// CHECK:STDOUT: Token { id: 110, weight: 6 } true
// CHECK:STDOUT: 20 11
