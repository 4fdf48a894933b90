// Tuple structs (newtypes), unit structs, and methods on both.
struct Meters(f64);
struct Rgb(u8, u8, u8);
struct Marker;

impl Meters {
    fn to_feet(&self) -> f64 {
        self.0 * 3.28084
    }
}

impl Rgb {
    fn gray(level: u8) -> Rgb {
        Rgb(level, level, level)
    }

    fn brightness(&self) -> u32 {
        (self.0 as u32 * 299 + self.1 as u32 * 587 + self.2 as u32 * 114) / 1000
    }
}

impl Marker {
    fn describe(&self) -> u32 {
        7
    }
}

fn main() {
    let m = Meters(100.0);
    println!("{} m = {:.2} ft", m.0, m.to_feet());
    let orange = Rgb(255, 165, 0);
    println!("orange brightness {}", orange.brightness());
    let g = Rgb::gray(128);
    println!("gray ({}, {}, {}) brightness {}", g.0, g.1, g.2, g.brightness());
    let (r, b) = (orange.0, orange.2);
    println!("r = {}, b = {}", r, b);
    let marker = Marker;
    println!("marker says {}", marker.describe());
}

// CHECK:STDOUT: 100 m = 328.08 ft
// CHECK:STDOUT: orange brightness 173
// CHECK:STDOUT: gray (128, 128, 128) brightness 128
// CHECK:STDOUT: r = 255, b = 0
// CHECK:STDOUT: marker says 7
