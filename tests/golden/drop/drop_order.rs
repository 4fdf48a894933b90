// Drop order against rustc: struct fields and enum payloads in declaration
// order, locals in reverse, matches that move part of a value, temporaries,
// loops with break and continue, return, `?`, parameters, Option, a Vec
// consumed by `for`, shadowing and a conditional move (a drop flag).
struct N(&'static str);
impl Drop for N {
    fn drop(&mut self) { println!("  drop {}", self.0); }
}
struct Pair { first: N, second: N }
enum Shape { One(N), Two(N, N), Empty }

fn take(n: N) { println!("take {}", n.0); }
fn give(s: &'static str) -> N { N(s) }
fn early(flag: bool) -> Option<u8> {
    let _a = N("early-a");
    if flag { return None; }
    let _b = N("early-b");
    Some(1)
}
fn try_it(x: Option<u8>) -> Option<u8> {
    let _g = N("try-guard");
    let v = x?;
    Some(v + 1)
}
fn params(a: N, b: N) { println!("params {} {}", a.0, b.0); }

fn main() {
    println!("1 struct fields");
    { let _p = Pair { first: N("f1"), second: N("f2") }; }
    println!("2 enum");
    { let _s = Shape::Two(N("t1"), N("t2")); let _e = Shape::Empty; let _o = Shape::One(N("o")); }
    println!("3 match move");
    let s = Shape::Two(N("m1"), N("m2"));
    match s {
        Shape::Two(a, _) => println!("got {}", a.0),
        _ => {}
    }
    println!("4 temporaries");
    println!("len {}", give("tmp").0.len());
    give("stmt");
    let _ = give("underscore");
    println!("5 loop");
    for i in 0..3 {
        let n = N(if i == 0 { "l0" } else if i == 1 { "l1" } else { "l2" });
        if i == 1 { continue; }
        if i == 2 { break; }
        take(n);
    }
    println!("6 early return");
    early(true);
    early(false);
    println!("7 question mark");
    try_it(None);
    try_it(Some(1));
    println!("8 params");
    params(N("p1"), N("p2"));
    println!("9 option");
    let mut o = Some(N("opt"));
    o = None;
    let o2 = Some(N("opt2"));
    if let Some(n) = o2 { println!("if let {}", n.0); }
    println!("10 vec into iter");
    let v = vec![N("v1"), N("v2"), N("v3")];
    for n in v {
        if n.0 == "v2" { break; }
        println!("iter {}", n.0);
    }
    println!("11 shadow");
    let x = N("x1");
    println!("shadowed {}", x.0);
    let x = N("x2");
    println!("12 conditional move");
    let c = N("cond");
    if x.0.len() == 2 { take(c); }
    println!("end");
    let _ = o;
}

// CHECK:STDOUT: 1 struct fields
// CHECK:STDOUT:   drop f1
// CHECK:STDOUT:   drop f2
// CHECK:STDOUT: 2 enum
// CHECK:STDOUT:   drop o
// CHECK:STDOUT:   drop t1
// CHECK:STDOUT:   drop t2
// CHECK:STDOUT: 3 match move
// CHECK:STDOUT: got m1
// CHECK:STDOUT:   drop m1
// CHECK:STDOUT: 4 temporaries
// CHECK:STDOUT: len 3
// CHECK:STDOUT:   drop tmp
// CHECK:STDOUT:   drop stmt
// CHECK:STDOUT:   drop underscore
// CHECK:STDOUT: 5 loop
// CHECK:STDOUT: take l0
// CHECK:STDOUT:   drop l0
// CHECK:STDOUT:   drop l1
// CHECK:STDOUT:   drop l2
// CHECK:STDOUT: 6 early return
// CHECK:STDOUT:   drop early-a
// CHECK:STDOUT:   drop early-b
// CHECK:STDOUT:   drop early-a
// CHECK:STDOUT: 7 question mark
// CHECK:STDOUT:   drop try-guard
// CHECK:STDOUT:   drop try-guard
// CHECK:STDOUT: 8 params
// CHECK:STDOUT: params p1 p2
// CHECK:STDOUT:   drop p2
// CHECK:STDOUT:   drop p1
// CHECK:STDOUT: 9 option
// CHECK:STDOUT:   drop opt
// CHECK:STDOUT: if let opt2
// CHECK:STDOUT:   drop opt2
// CHECK:STDOUT: 10 vec into iter
// CHECK:STDOUT: iter v1
// CHECK:STDOUT:   drop v1
// CHECK:STDOUT:   drop v2
// CHECK:STDOUT:   drop v3
// CHECK:STDOUT: 11 shadow
// CHECK:STDOUT: shadowed x1
// CHECK:STDOUT: 12 conditional move
// CHECK:STDOUT: take cond
// CHECK:STDOUT:   drop cond
// CHECK:STDOUT: end
// CHECK:STDOUT:   drop x2
// CHECK:STDOUT:   drop x1
// CHECK:STDOUT:   drop m2
