// f64/f32 methods. Results of transcendental functions are printed with a
// fixed precision, since the last bit may legitimately differ between libms.
fn main() {
    let x = 2.0f64;
    println!("sqrt {} {}", x.sqrt(), 16.0f32.sqrt());
    println!("abs {} {}", (-3.5f64).abs(), (-0.0f64).abs());
    println!("floor {} {} ceil {} {}", 2.7f64.floor(), (-2.7f64).floor(), 2.1f64.ceil(), (-2.1f64).ceil());
    println!("round {} {} {} {}", 2.5f64.round(), (-2.5f64).round(), 0.49f64.round(), 1.5f32.round());
    println!("trunc {} {}", 2.9f64.trunc(), (-2.9f64).trunc());
    println!("powi {} {} {}", 2.0f64.powi(10), 1.5f64.powi(3), 2.0f64.powi(-2));
    println!("powf {:.10} {:.10}", 2.0f64.powf(0.5), 10.0f64.powf(3.0));
    println!("sin {:.10} cos {:.10}", 1.0f64.sin(), 1.0f64.cos());
    println!("sin(0) {} cos(0) {}", 0.0f64.sin(), 0.0f64.cos());
    println!("exp {:.10} ln {:.10}", 1.0f64.exp(), 10.0f64.ln());
    println!("ln(1) {} exp(0) {}", 1.0f64.ln(), 0.0f64.exp());
    println!("min {} max {}", 1.5f64.min(-2.0), 1.5f64.max(-2.0));
    println!("min with NaN {} {}", (0.0f64 / 0.0).min(3.0), 3.0f64.max(0.0 / 0.0));
    let root = (-1.0f64).sqrt();
    println!("sqrt(-1) = {}, is NaN: {}", root, root != root);
    println!("f32 {:.5} {:.5}", 0.5f32.sin(), 2.0f32.ln());
}

// CHECK:STDOUT: sqrt 1.4142135623730951 4
// CHECK:STDOUT: abs 3.5 0
// CHECK:STDOUT: floor 2 -3 ceil 3 -2
// CHECK:STDOUT: round 3 -3 0 2
// CHECK:STDOUT: trunc 2 -2
// CHECK:STDOUT: powi 1024 3.375 0.25
// CHECK:STDOUT: powf 1.4142135624 1000.0000000000
// CHECK:STDOUT: sin 0.8414709848 cos 0.5403023059
// CHECK:STDOUT: sin(0) 0 cos(0) 1
// CHECK:STDOUT: exp 2.7182818285 ln 2.3025850930
// CHECK:STDOUT: ln(1) 0 exp(0) 1
// CHECK:STDOUT: min -2 max 1.5
// CHECK:STDOUT: min with NaN 3 3
// CHECK:STDOUT: sqrt(-1) = NaN, is NaN: true
// CHECK:STDOUT: f32 0.47943 0.69315
