// Precision for floats (the exact decimal expansion rounded half to even),
// combined width and zero padding, explicit signs. No tie at precision 0:
// rustc 1.63 prints 0.5 as "1", later versions as "0".
fn main() {
    let pi = 3.14159265358979;
    println!("{:.0} {:.1} {:.2} {:.5}", pi, pi, pi, pi);
    println!("{:.3}", 2.0);
    println!("{:.2} {:.2} {:.2}", 0.125, 0.375, 2.675);
    println!("{:.0} {:.0} {:.0}", 0.4, 1.6, 2.51);
    println!("{:08.3}", pi);
    println!("{:08.3}", -pi);
    println!("{:8.2}|{:<8.2}|{:^8.2}", pi, pi, pi);
    println!("{:+} {:+} {:+}", 5, -5, 0);
    println!("{:+.2} {:+}", 1.5, -0.25);
    println!("{:.3}", 1e-10);
    println!("{:.1}", 1e15);
    println!("{:.2}", 1.0f32 / 3.0);
    println!("{:.20}", 0.1);
    println!("{:.3}", -0.0004);
}

// CHECK:STDOUT: 3 3.1 3.14 3.14159
// CHECK:STDOUT: 2.000
// CHECK:STDOUT: 0.12 0.38 2.67
// CHECK:STDOUT: 0 2 3
// CHECK:STDOUT: 0003.142
// CHECK:STDOUT: -003.142
// CHECK:STDOUT:     3.14|3.14    |  3.14  
// CHECK:STDOUT: +5 -5 +0
// CHECK:STDOUT: +1.50 -0.25
// CHECK:STDOUT: 0.000
// CHECK:STDOUT: 1000000000000000.0
// CHECK:STDOUT: 0.33
// CHECK:STDOUT: 0.10000000000000000555
// CHECK:STDOUT: -0.000
