// A Fahrenheit/Celsius conversion table with aligned columns.
fn to_celsius(f: f64) -> f64 {
    (f - 32.0) * 5.0 / 9.0
}

fn main() {
    println!("{:>6} | {:>8}", "F", "C");
    println!("{:-<6}-+-{:-<8}", "", "");
    for f in (-40..=220).step_by(20) {
        let c = to_celsius(f as f64);
        println!("{:>6} | {:>8.2}", f, c);
    }
    println!();
    println!("{:^17}", "summary");
    println!("{:<10}{:>7.1}", "boiling", to_celsius(212.0));
    println!("{:<10}{:>7.1}", "body", to_celsius(98.6));
    println!("{:<10}{:>7.1}", "freezing", to_celsius(32.0));
}

// CHECK:STDOUT:      F |        C
// CHECK:STDOUT: -------+---------
// CHECK:STDOUT:    -40 |   -40.00
// CHECK:STDOUT:    -20 |   -28.89
// CHECK:STDOUT:      0 |   -17.78
// CHECK:STDOUT:     20 |    -6.67
// CHECK:STDOUT:     40 |     4.44
// CHECK:STDOUT:     60 |    15.56
// CHECK:STDOUT:     80 |    26.67
// CHECK:STDOUT:    100 |    37.78
// CHECK:STDOUT:    120 |    48.89
// CHECK:STDOUT:    140 |    60.00
// CHECK:STDOUT:    160 |    71.11
// CHECK:STDOUT:    180 |    82.22
// CHECK:STDOUT:    200 |    93.33
// CHECK:STDOUT:    220 |   104.44
// CHECK:STDOUT:
// CHECK:STDOUT:      summary     
// CHECK:STDOUT: boiling     100.0
// CHECK:STDOUT: body         37.0
// CHECK:STDOUT: freezing      0.0
