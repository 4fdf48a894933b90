// Fixed-point iteration: Newton's method for square roots and the Dottie number
// (x = cos x), stopping when the change is below a tolerance.
fn newton_sqrt(a: f64) -> (f64, u32) {
    let mut x = a;
    let mut iterations = 0;
    loop {
        let next = 0.5 * (x + a / x);
        iterations += 1;
        if (next - x).abs() < 1e-12 {
            return (next, iterations);
        }
        x = next;
    }
}

fn integer_sqrt(n: u64) -> u64 {
    let mut x = n;
    let mut y = (x + 1) / 2;
    while y < x {
        x = y;
        y = (x + n / x) / 2;
    }
    x
}

fn main() {
    for a in [2.0, 9.0, 1e6, 0.25] {
        let (root, iterations) = newton_sqrt(a);
        println!("sqrt({}) ~ {:.9} after {} iterations", a, root, iterations);
    }
    let mut x = 1.0f64;
    let mut count = 0;
    while (x.cos() - x).abs() > 1e-9 {
        x = x.cos();
        count += 1;
    }
    println!("dottie ~ {:.6} after {} steps", x, count);
    println!("isqrt: {} {} {}", integer_sqrt(99), integer_sqrt(100), integer_sqrt(1 << 40));
}

// CHECK:STDOUT: sqrt(2) ~ 1.414213562 after 6 iterations
// CHECK:STDOUT: sqrt(9) ~ 3.000000000 after 7 iterations
// CHECK:STDOUT: sqrt(1000000) ~ 1000.000000000 after 16 iterations
// CHECK:STDOUT: sqrt(0.25) ~ 0.500000000 after 6 iterations
// CHECK:STDOUT: dottie ~ 0.739085 after 51 steps
// CHECK:STDOUT: isqrt: 9 10 1048576
