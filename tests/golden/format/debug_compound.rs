// Debug formatting of tuples, arrays, numbers, booleans and the unit type.
fn main() {
    println!("{:?}", (1, "a", 'c'));
    println!("{:?}", (1.0, -2.5f32, true));
    println!("{:?}", ((1, 2), [3, 4], ()));
    println!("{:?}", (5,));
    println!("{:?}", [[0.5; 2]; 2]);
    println!("{:?} {:?} {:?}", 42, -7i8, 3000000000u32);
    println!("{:?} {:?} {:?}", 1.0, 0.1, 1e21);
    println!("{:?} {:?}", 1e-7, 123456789.0f32);
    println!("{:?}", ("nested \"str\"", '\t'));
    let t = (10u8, 20u16, 30u32, 40u64);
    println!("{:?}", t);
}

// CHECK:STDOUT: (1, "a", 'c')
// CHECK:STDOUT: (1.0, -2.5, true)
// CHECK:STDOUT: ((1, 2), [3, 4], ())
// CHECK:STDOUT: (5,)
// CHECK:STDOUT: [[0.5, 0.5], [0.5, 0.5]]
// CHECK:STDOUT: 42 -7 3000000000
// CHECK:STDOUT: 1.0 0.1 1e21
// CHECK:STDOUT: 1e-7 123456790.0
// CHECK:STDOUT: ("nested \"str\"", '\t')
// CHECK:STDOUT: (10, 20, 30, 40)
