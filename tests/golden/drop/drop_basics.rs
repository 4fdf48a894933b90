// Drops of values declared in the body itself: inner blocks, moves into calls,
// Vec elements in order, temporaries, Box, and assignment over an old value.
struct Noisy { name: String }
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.name); }
}
fn make(n: &str) -> Noisy { Noisy { name: n.to_string() } }
fn consume(n: Noisy) { println!("consume {}", n.name); }
fn main() {
    let a = make("a");
    let b = make("b");
    {
        let c = make("c");
        println!("inner {}", c.name);
    }
    consume(b);
    let v = vec![make("v1"), make("v2")];
    make("temp").name.len();
    let d = make("d");
    let e = d;
    if a.name.len() == 1 {
        let f = make("f");
        consume(f);
    }
    let boxed = Box::new(make("boxed"));
    println!("{} {} {}", e.name, v.len(), boxed.name);
    let mut s = make("s1");
    s = make("s2");
    println!("end of main {}", s.name);
}

// CHECK:STDOUT: inner c
// CHECK:STDOUT: drop c
// CHECK:STDOUT: consume b
// CHECK:STDOUT: drop b
// CHECK:STDOUT: drop temp
// CHECK:STDOUT: consume f
// CHECK:STDOUT: drop f
// CHECK:STDOUT: d 2 boxed
// CHECK:STDOUT: drop s1
// CHECK:STDOUT: end of main s2
// CHECK:STDOUT: drop s2
// CHECK:STDOUT: drop boxed
// CHECK:STDOUT: drop d
// CHECK:STDOUT: drop v1
// CHECK:STDOUT: drop v2
// CHECK:STDOUT: drop a
