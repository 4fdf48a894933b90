// Coercion sites: match arms and if/else branches returning Box<dyn>, vec!
// of &dyn, and calls through a vtable whose results are unused (never
// dropped as pure: the implementations print).
trait Say { fn say(&self); fn twice(&self) -> u32 { self.say(); self.say(); 2 } }
struct A;
impl Say for A { fn say(&self) { println!("a"); } }
fn main() {
    let a = A;
    let s: &dyn Say = &a;
    s.say();
    s.twice();
    let b: Box<dyn Say> = Box::new(A);
    b.twice();
    more();
}
struct B(u32);
impl Say for B { fn say(&self) { println!("b{}", self.0); } }
fn make(k: u32) -> Box<dyn Say> {
    match k {
        0 => Box::new(A),
        n => { let b = B(n); Box::new(b) }
    }
}
fn more() {
    make(0).say();
    make(5).say();
    let v: Vec<&dyn Say> = vec![&A, &B(9)];
    for s in &v { s.say(); }
}

// CHECK:STDOUT: a
// CHECK:STDOUT: a
// CHECK:STDOUT: a
// CHECK:STDOUT: a
// CHECK:STDOUT: a
// CHECK:STDOUT: a
// CHECK:STDOUT: b5
// CHECK:STDOUT: a
// CHECK:STDOUT: b9
