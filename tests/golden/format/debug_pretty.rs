// {:#?} pretty Debug of structs, tuple structs, unit structs, nested arrays,
// tuples and slices, next to the compact {:?} form.
#[derive(Debug, Clone, Copy)]
struct P { x: i32, y: f64 }
#[derive(Debug)]
struct T(u8, char);
#[derive(Debug)]
struct U;
#[derive(Debug)]
struct Line { a: P, b: P, tag: T, u: U }
fn show(s: &[i32]) { println!("{:#?}", s); println!("{:?}", s); }
fn main() {
    let p = P { x: 1, y: 2.5 };
    let l = Line { a: p, b: P { x: -3, y: 0.1 }, tag: T(7, 'z'), u: U };
    println!("{:#?}", p);
    println!("{:#?}", l);
    println!("{:?}", l);
    println!("{:#?}", [[1, 2], [3, 4]]);
    println!("{:#?}", (1, "a", [true]));
    println!("{:#?}", (5,));
    let e: [i32; 0] = [];
    println!("{:#?} {:#?}", e, ());
    show(&[1, 2, 3]);
    show(&[]);
}

// CHECK:STDOUT: P {
// CHECK:STDOUT:     x: 1,
// CHECK:STDOUT:     y: 2.5,
// CHECK:STDOUT: }
// CHECK:STDOUT: Line {
// CHECK:STDOUT:     a: P {
// CHECK:STDOUT:         x: 1,
// CHECK:STDOUT:         y: 2.5,
// CHECK:STDOUT:     },
// CHECK:STDOUT:     b: P {
// CHECK:STDOUT:         x: -3,
// CHECK:STDOUT:         y: 0.1,
// CHECK:STDOUT:     },
// CHECK:STDOUT:     tag: T(
// CHECK:STDOUT:         7,
// CHECK:STDOUT:         'z',
// CHECK:STDOUT:     ),
// CHECK:STDOUT:     u: U,
// CHECK:STDOUT: }
// CHECK:STDOUT: Line { a: P { x: 1, y: 2.5 }, b: P { x: -3, y: 0.1 }, tag: T(7, 'z'), u: U }
// CHECK:STDOUT: [
// CHECK:STDOUT:     [
// CHECK:STDOUT:         1,
// CHECK:STDOUT:         2,
// CHECK:STDOUT:     ],
// CHECK:STDOUT:     [
// CHECK:STDOUT:         3,
// CHECK:STDOUT:         4,
// CHECK:STDOUT:     ],
// CHECK:STDOUT: ]
// CHECK:STDOUT: (
// CHECK:STDOUT:     1,
// CHECK:STDOUT:     "a",
// CHECK:STDOUT:     [
// CHECK:STDOUT:         true,
// CHECK:STDOUT:     ],
// CHECK:STDOUT: )
// CHECK:STDOUT: (
// CHECK:STDOUT:     5,
// CHECK:STDOUT: )
// CHECK:STDOUT: [] ()
// CHECK:STDOUT: [
// CHECK:STDOUT:     1,
// CHECK:STDOUT:     2,
// CHECK:STDOUT:     3,
// CHECK:STDOUT: ]
// CHECK:STDOUT: [1, 2, 3]
// CHECK:STDOUT: []
// CHECK:STDOUT: []
