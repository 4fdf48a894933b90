// Structs and methods: a struct with an `impl` block, `&self` and `&mut self`.
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

    fn perimeter(&self) -> f64 {
        2.0 * (self.width + self.height)
    }

    fn scale(&mut self, factor: f64) {
        self.width *= factor;
        self.height *= factor;
    }

    fn is_square(&self) -> bool {
        self.width == self.height
    }
}

fn main() {
    let mut rects = [Rect::new(1.0, 2.0), Rect::new(3.5, 4.0), Rect::new(2.5, 2.5)];
    for r in rects.iter_mut() {
        r.scale(2.0);
    }
    for (i, r) in rects.iter().enumerate() {
        println!("#{} {:?}", i, r);
        println!("   area {:.2}, perimeter {:.1}, square: {}", r.area(), r.perimeter(), r.is_square());
    }
}
