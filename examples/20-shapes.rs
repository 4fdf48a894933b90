// Shapes: structs with methods, arrays of structs and float formatting.
#[derive(Debug, Clone, Copy)]
struct Rect {
    width: f64,
    height: f64,
}

impl Rect {
    fn new(width: f64, height: f64) -> Rect {
        Rect { width, height }
    }

    fn area(&self) -> f64 {
        self.width * self.height
    }

    fn scale(&mut self, factor: f64) {
        self.width *= factor;
        self.height *= factor;
    }
}

fn main() {
    let mut rects = [Rect::new(1.0, 2.0), Rect::new(3.5, 4.0), Rect::new(0.5, 0.5)];
    for r in rects.iter_mut() {
        r.scale(2.0);
    }
    let mut total = 0.0;
    for (i, r) in rects.iter().enumerate() {
        println!("{}: {:?} has area {:.2}", i, r, r.area());
        total += r.area();
    }
    println!("total area {:>10.3}", total);
}
