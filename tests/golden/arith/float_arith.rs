// f64 and f32 arithmetic: rounding, infinities, NaN and signed zero behaviour.
fn main() {
    let a = 0.1;
    let b = 0.2;
    println!("{} {}", a + b, a + b == 0.3);
    println!("{}", 1.0 / 3.0);
    println!("{}", 1.0f32 / 3.0);
    println!("{}", 2.0f64 / 0.0);
    println!("{}", -2.0f64 / 0.0);
    let nan = 0.0f64 / 0.0;
    println!("{} {} {}", nan, nan == nan, nan != nan);
    println!("{} {}", nan < 1.0, nan > 1.0);
    println!("{}", 10.0 % 3.0);
    println!("{}", -10.5 % 3.0);
    let z = -0.0f64;
    println!("{} {}", z, z == 0.0);
    println!("{}", 1e308 * 10.0);
    println!("{}", 5e-324 / 2.0);
    println!("{}", 100.0f32 * 1.1);
    println!("{}", -(3.5f64));
    let mut acc = 0.0;
    let mut i = 0;
    while i < 10 {
        acc += 0.1;
        i += 1;
    }
    println!("{}", acc);
}

// CHECK:STDOUT: 0.30000000000000004 false
// CHECK:STDOUT: 0.3333333333333333
// CHECK:STDOUT: 0.33333334
// CHECK:STDOUT: inf
// CHECK:STDOUT: -inf
// CHECK:STDOUT: NaN false true
// CHECK:STDOUT: false false
// CHECK:STDOUT: 1
// CHECK:STDOUT: -1.5
// CHECK:STDOUT: -0 true
// CHECK:STDOUT: inf
// CHECK:STDOUT: 0
// CHECK:STDOUT: 110
// CHECK:STDOUT: -3.5
// CHECK:STDOUT: 0.9999999999999999
