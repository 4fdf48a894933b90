// Debug formatting of arrays of several element types, nested arrays and tuples.
fn main() {
    println!("{:?}", [1, 2, 3]);
    println!("{:?}", [1.5, -0.0, 2.0]);
    println!("{:?}", ['a', '\n', '\'']);
    println!("{:?}", ["one", "two"]);
    println!("{:?}", [true, false]);
    println!("{:?}", [[1u8, 2], [3, 4]]);
    println!("{:?}", [(1, 'x'), (2, 'y')]);
    let empty: [u8; 0] = [];
    println!("{:?}", empty);
    println!("{:?}", [-1i64; 3]);
    println!("{:?}", [(); 2]);
}

// CHECK:STDOUT: [1, 2, 3]
// CHECK:STDOUT: [1.5, -0.0, 2.0]
// CHECK:STDOUT: ['a', '\n', '\'']
// CHECK:STDOUT: ["one", "two"]
// CHECK:STDOUT: [true, false]
// CHECK:STDOUT: [[1, 2], [3, 4]]
// CHECK:STDOUT: [(1, 'x'), (2, 'y')]
// CHECK:STDOUT: []
// CHECK:STDOUT: [-1, -1, -1]
// CHECK:STDOUT: [(), ()]
