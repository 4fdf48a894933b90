// Constants and statics: a conversion table with `const`, `static` and float formatting.
const FREEZING: f64 = 32.0;
static SCALE: f64 = 1.8;
static LABELS: [&str; 3] = ["cold", "mild", "hot"];

fn to_fahrenheit(c: f64) -> f64 {
    c * SCALE + FREEZING
}

fn label(c: f64) -> &'static str {
    if c < 10.0 {
        LABELS[0]
    } else if c < 25.0 {
        LABELS[1]
    } else {
        LABELS[2]
    }
}

fn main() {
    println!("{:>8} {:>8}  {}", "Celsius", "Fahr.", "feels");
    for step in 0..=8 {
        let c = -10.0 + 5.0 * step as f64;
        println!("{:>8.1} {:>8.1}  {}", c, to_fahrenheit(c), label(c));
    }
}
