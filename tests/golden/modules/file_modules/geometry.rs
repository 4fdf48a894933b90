// The `geometry` module: a point with private helpers, and its child
// module `shapes` in geometry/shapes.rs.
pub mod shapes;

#[derive(Debug, Clone, Copy)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Point {
    pub fn new(x: f64, y: f64) -> Point {
        Point { x, y }
    }

    pub fn dist(&self, other: &Point) -> f64 {
        square(self.x - other.x).add(square(self.y - other.y)).sqrt()
    }
}

// Private to `geometry`, visible to its child `shapes`.
fn square(v: f64) -> f64 {
    v * v
}

trait Add {
    fn add(self, other: f64) -> f64;
}

impl Add for f64 {
    fn add(self, other: f64) -> f64 {
        self + other
    }
}

pub fn origin() -> Point {
    Point::new(0.0, 0.0)
}
