// geometry/shapes.rs: the `shapes` child of `geometry`.
use super::Point;

pub struct Circle {
    pub center: Point,
    pub radius: f64,
}

impl Circle {
    pub fn area(&self) -> f64 {
        3.14159 * super::square(self.radius)
    }

    pub fn contains(&self, p: &Point) -> bool {
        self.center.dist(p) <= self.radius
    }
}
