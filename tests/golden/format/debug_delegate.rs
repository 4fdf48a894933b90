// A newtype's impls handing their field the Formatter they got
// (`fmt::Display::fmt(&self.0, f)`, `fmt::Debug::fmt`): the field is
// formatted with the caller's flags, pretty inside {:#?}.
use std::collections::BTreeMap;
use std::fmt;

struct Meters(f64);

impl fmt::Display for Meters {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)?;
        f.write_str(" m")
    }
}

#[derive(Debug)]
struct Inner {
    a: i32,
    b: Vec<u8>,
}

struct Wrapper(Inner);

impl fmt::Debug for Wrapper {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

struct Ids(BTreeMap<u32, &'static str>);

impl fmt::Debug for Ids {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Ids ")?;
        fmt::Debug::fmt(&self.0, f)
    }
}

#[derive(Debug)]
struct Outer {
    w: Wrapper,
    ids: Ids,
}

fn main() {
    println!("{} / {}", Meters(2.5), Meters(10.0));
    let w = Wrapper(Inner { a: 1, b: vec![2, 3] });
    println!("{:?}", w);
    println!("{:#?}", w);
    let mut m = BTreeMap::new();
    m.insert(1, "one");
    m.insert(2, "two");
    let o = Outer { w, ids: Ids(m) };
    println!("{:?}", o);
    println!("{:#?}", o);
    println!("{}", format!("{:#?}", Ids(BTreeMap::new())));
}

// CHECK:STDOUT: 2.5 m / 10 m
// CHECK:STDOUT: Inner { a: 1, b: [2, 3] }
// CHECK:STDOUT: Inner {
// CHECK:STDOUT:     a: 1,
// CHECK:STDOUT:     b: [
// CHECK:STDOUT:         2,
// CHECK:STDOUT:         3,
// CHECK:STDOUT:     ],
// CHECK:STDOUT: }
// CHECK:STDOUT: Outer { w: Inner { a: 1, b: [2, 3] }, ids: Ids {1: "one", 2: "two"} }
// CHECK:STDOUT: Outer {
// CHECK:STDOUT:     w: Inner {
// CHECK:STDOUT:         a: 1,
// CHECK:STDOUT:         b: [
// CHECK:STDOUT:             2,
// CHECK:STDOUT:             3,
// CHECK:STDOUT:         ],
// CHECK:STDOUT:     },
// CHECK:STDOUT:     ids: Ids {
// CHECK:STDOUT:         1: "one",
// CHECK:STDOUT:         2: "two",
// CHECK:STDOUT:     },
// CHECK:STDOUT: }
// CHECK:STDOUT: Ids {}
