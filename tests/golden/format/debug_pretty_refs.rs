// `{:#?}` of references to structs and enums inside Options, tuples and
// Vecs: each is printed as the value it points to, at the indentation of
// the place it is in (before, `Some(&s)` lost its nesting).
#[derive(Debug)]
struct P { x: i32, tag: &'static str }
#[derive(Debug)]
enum E { A(P), B { p: P } }
fn main() {
    let a = P { x: 1, tag: "a" };
    let b = P { x: 2, tag: "b" };
    let v: Vec<&P> = vec![&a, &b];
    println!("{:?}", v);
    println!("{:#?}", v);
    let r = &&a;
    println!("{:#?}", Some(r));
    let e = E::B { p: P { x: 3, tag: "c" } };
    let e2 = E::A(P { x: 4, tag: "d" });
    println!("{:#?}", (&e, &e2, &"s", &5));
    println!("{:?}", Some(&[1, 2][..]));
    println!("{:#?}", Some(&vec![&a]));
}

// CHECK:STDOUT: [P { x: 1, tag: "a" }, P { x: 2, tag: "b" }]
// CHECK:STDOUT: [
// CHECK:STDOUT:     P {
// CHECK:STDOUT:         x: 1,
// CHECK:STDOUT:         tag: "a",
// CHECK:STDOUT:     },
// CHECK:STDOUT:     P {
// CHECK:STDOUT:         x: 2,
// CHECK:STDOUT:         tag: "b",
// CHECK:STDOUT:     },
// CHECK:STDOUT: ]
// CHECK:STDOUT: Some(
// CHECK:STDOUT:     P {
// CHECK:STDOUT:         x: 1,
// CHECK:STDOUT:         tag: "a",
// CHECK:STDOUT:     },
// CHECK:STDOUT: )
// CHECK:STDOUT: (
// CHECK:STDOUT:     B {
// CHECK:STDOUT:         p: P {
// CHECK:STDOUT:             x: 3,
// CHECK:STDOUT:             tag: "c",
// CHECK:STDOUT:         },
// CHECK:STDOUT:     },
// CHECK:STDOUT:     A(
// CHECK:STDOUT:         P {
// CHECK:STDOUT:             x: 4,
// CHECK:STDOUT:             tag: "d",
// CHECK:STDOUT:         },
// CHECK:STDOUT:     ),
// CHECK:STDOUT:     "s",
// CHECK:STDOUT:     5,
// CHECK:STDOUT: )
// CHECK:STDOUT: Some([1, 2])
// CHECK:STDOUT: Some(
// CHECK:STDOUT:     [
// CHECK:STDOUT:         P {
// CHECK:STDOUT:             x: 1,
// CHECK:STDOUT:             tag: "a",
// CHECK:STDOUT:         },
// CHECK:STDOUT:     ],
// CHECK:STDOUT: )
