// Scientific notation with {:e}, for floats and integers.
fn main() {
    println!("{:e}", 1234.5);
    println!("{:e}", 0.00012);
    println!("{:e}", 1.0);
    println!("{:e}", 0.0);
    println!("{:e}", -5e-300);
    println!("{:e}", 1e100);
    println!("{:e}", 123456789u32);
    println!("{:e}", 100i64);
    println!("{:e}", 1.5f32);
    println!("{:.2e}", 123456.0);
}

// CHECK:STDOUT: 1.2345e3
// CHECK:STDOUT: 1.2e-4
// CHECK:STDOUT: 1e0
// CHECK:STDOUT: 0e0
// CHECK:STDOUT: -5e-300
// CHECK:STDOUT: 1e100
// CHECK:STDOUT: 1.23456789e8
// CHECK:STDOUT: 1e2
// CHECK:STDOUT: 1.5e0
// CHECK:STDOUT: 1.23e5
