// A named struct with an impl block: an associated constructor, &self methods
// and Self in signatures.
struct Point {
    x: f64,
    y: f64,
}

impl Point {
    fn new(x: f64, y: f64) -> Self {
        Point { x, y }
    }

    fn origin() -> Point {
        Self { x: 0.0, y: 0.0 }
    }

    fn distance_to(&self, other: &Point) -> f64 {
        let dx = self.x - other.x;
        let dy = self.y - other.y;
        (dx * dx + dy * dy).sqrt()
    }

    fn translated(&self, dx: f64, dy: f64) -> Self {
        Point::new(self.x + dx, self.y + dy)
    }
}

fn main() {
    let p = Point::new(3.0, 4.0);
    let o = Point::origin();
    println!("p = ({}, {})", p.x, p.y);
    println!("distance = {}", p.distance_to(&o));
    let q = p.translated(-1.0, 0.5);
    println!("q = ({}, {})", q.x, q.y);
    println!("q to p = {:.4}", q.distance_to(&p));
}

// CHECK:STDOUT: p = (3, 4)
// CHECK:STDOUT: distance = 5
// CHECK:STDOUT: q = (2, 4.5)
// CHECK:STDOUT: q to p = 1.1180
