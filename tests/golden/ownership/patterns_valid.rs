// Ownership patterns from everyday code the checkers must accept: a field
// moved out and assigned again, consuming `self` into its parts, deferred
// initialization from moved values, `as_ref` on an Option of a non-Copy
// value, swapping through two `&mut`, a struct holding a `&mut`, closures
// capturing different fields, operators on non-Copy values, `?` on
// non-Copy results, and `&mut` parameters reborrowed by method calls.
use std::ops::Add;

#[derive(Debug, Clone, PartialEq)]
struct Name {
    len: u32,
}

#[derive(Debug)]
struct Record {
    name: Name,
    tag: Name,
    hits: u32,
}

impl Record {
    fn into_parts(self) -> (Name, Name) {
        (self.name, self.tag)
    }
    fn bump(&mut self) {
        self.hits += 1;
    }
}

#[derive(Debug)]
struct Money {
    cents: i64,
}

impl Add for Money {
    type Output = Money;
    fn add(self, other: Money) -> Money {
        Money { cents: self.cents + other.cents }
    }
}

struct Cursor<'a> {
    target: &'a mut i32,
}

fn touch_twice(r: &mut Record) {
    r.bump();
    r.bump();
    let h = &mut r.hits;
    *h += 10;
    r.bump();
}

fn parse(n: i64) -> Result<Money, Name> {
    if n < 0 {
        Err(Name { len: 0 })
    } else {
        Ok(Money { cents: n })
    }
}

fn total(a: i64, b: i64) -> Result<Money, Name> {
    let x = parse(a)?;
    let y = parse(b)?;
    Ok(x + y)
}

fn main() {
    // A moved field assigned again makes the struct whole.
    let mut r = Record { name: Name { len: 3 }, tag: Name { len: 1 }, hits: 0 };
    let old = r.name;
    r.name = Name { len: old.len + 1 };
    touch_twice(&mut r);
    println!("{:?}", r);
    let (n, t) = r.into_parts();
    println!("{:?} {:?}", n, t);

    // Deferred initialization from moved values.
    let chosen;
    if n.len > t.len {
        chosen = n;
    } else {
        chosen = t;
    }
    println!("{:?}", chosen);

    // Looking into an Option without moving it.
    let maybe = Some(Name { len: 7 });
    if let Some(inner) = maybe.as_ref() {
        println!("len {}", inner.len);
    }
    let got = maybe.unwrap();
    println!("{:?}", got);

    // Two `&mut` to different locals.
    let mut a = 1;
    let mut b = 2;
    std::mem::swap(&mut a, &mut b);
    println!("{} {}", a, b);

    // A struct holding a `&mut`, done with before the target is read.
    let mut value = 10;
    let c = Cursor { target: &mut value };
    *c.target += 5;
    println!("{}", value);

    // Closures capturing different fields of one struct.
    let mut rec = Record { name: Name { len: 1 }, tag: Name { len: 2 }, hits: 0 };
    let mut count = || rec.hits += 1;
    let read_tag = || rec.tag.len;
    count();
    println!("{} {}", read_tag(), rec.hits);

    // Operators on non-Copy values consume them once.
    let m = Money { cents: 5 } + Money { cents: 7 };
    let m2 = m + Money { cents: 1 };
    println!("{:?}", m2);
    println!("{:?}", total(3, 4));
    println!("{:?}", total(-1, 4));

    // Shadowing a moved name.
    let s = Name { len: 4 };
    let s = Name { len: s.len * 2 };
    println!("{:?} {}", s, s == Name { len: 8 });

    // A value moved out of a loop by `break`.
    let mut pending = Some(Name { len: 9 });
    let found = loop {
        if let Some(x) = pending.take() {
            break x;
        }
        pending = Some(Name { len: 1 });
    };
    println!("{:?} {:?}", found, pending);
}

// CHECK:STDOUT: Record { name: Name { len: 4 }, tag: Name { len: 1 }, hits: 13 }
// CHECK:STDOUT: Name { len: 4 } Name { len: 1 }
// CHECK:STDOUT: Name { len: 4 }
// CHECK:STDOUT: len 7
// CHECK:STDOUT: Name { len: 7 }
// CHECK:STDOUT: 2 1
// CHECK:STDOUT: 15
// CHECK:STDOUT: 2 1
// CHECK:STDOUT: Money { cents: 13 }
// CHECK:STDOUT: Ok(Money { cents: 7 })
// CHECK:STDOUT: Err(Name { len: 0 })
// CHECK:STDOUT: Name { len: 8 } true
// CHECK:STDOUT: Name { len: 9 } None
