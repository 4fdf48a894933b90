// `u64::from(x)`, `i64::from(x)`, `f64::from(x)`: the type has several From
// impls, and the argument's type picks the one the call means. Also the
// other lossless conversions std offers: bool into integers, char into
// u32/u64, u8 into char, and the same through `.into()`.
fn widen_all(a: u8, b: u16, c: u32) -> (u64, u64, u64) {
    (u64::from(a), u64::from(b), u64::from(c))
}

fn main() {
    let a: u8 = 200;
    let b: u16 = 60000;
    let c: u32 = 4_000_000_000;
    println!("{:?}", widen_all(a, b, c));
    println!("{} {} {}", i64::from(a), i64::from(b), i64::from(c));
    println!("{} {} {}", f64::from(a), f64::from(b), f64::from(c));
    let x: i8 = -5;
    let y: i16 = -300;
    let z: i32 = -70_000;
    println!("{} {} {}", i64::from(x), i64::from(y), i64::from(z));
    println!("{} {} {}", f64::from(x), f64::from(y), f64::from(z));
    println!("{} {} {}", i32::from(x), i32::from(y), i32::from(a));
    println!("{} {} {}", u32::from(a), u32::from(b), usize::from(b));
    println!("{} {}", f32::from(y), f64::from(1.5f32));
    println!("{} {} {}", u32::from('A'), u64::from('é'), char::from(66u8));
    println!("{} {} {}", i32::from(true), u64::from(false), u8::from(true));
    let s: u64 = a.into();
    let t: f64 = b.into();
    let u: i64 = c.into();
    println!("{} {} {}", s, t, u);
    let sum: u64 = [a, 55].iter().map(|&v| u64::from(v)).sum();
    println!("{}", sum);
}

// CHECK:STDOUT: (200, 60000, 4000000000)
// CHECK:STDOUT: 200 60000 4000000000
// CHECK:STDOUT: 200 60000 4000000000
// CHECK:STDOUT: -5 -300 -70000
// CHECK:STDOUT: -5 -300 -70000
// CHECK:STDOUT: -5 -300 200
// CHECK:STDOUT: 200 60000 60000
// CHECK:STDOUT: -300 1.5
// CHECK:STDOUT: 65 233 B
// CHECK:STDOUT: 1 0 1
// CHECK:STDOUT: 200 60000 4000000000
// CHECK:STDOUT: 255
