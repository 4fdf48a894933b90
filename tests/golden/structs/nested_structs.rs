// Structs containing structs: field paths, nested updates and methods that
// delegate to inner values.
struct Point {
    x: i32,
    y: i32,
}

struct Rect {
    top_left: Point,
    bottom_right: Point,
}

struct Scene {
    bounds: Rect,
    id: u16,
}

impl Point {
    fn new(x: i32, y: i32) -> Point {
        Point { x, y }
    }
}

impl Rect {
    fn width(&self) -> i32 {
        self.bottom_right.x - self.top_left.x
    }

    fn height(&self) -> i32 {
        self.bottom_right.y - self.top_left.y
    }

    fn area(&self) -> i32 {
        self.width() * self.height()
    }

    fn contains(&self, p: &Point) -> bool {
        p.x >= self.top_left.x && p.x < self.bottom_right.x
            && p.y >= self.top_left.y && p.y < self.bottom_right.y
    }

    fn shift(&mut self, dx: i32) {
        self.top_left.x += dx;
        self.bottom_right.x += dx;
    }
}

fn main() {
    let mut scene = Scene {
        bounds: Rect { top_left: Point::new(1, 2), bottom_right: Point::new(11, 7) },
        id: 9,
    };
    println!("scene {} area {}", scene.id, scene.bounds.area());
    println!("contains (5, 5): {}", scene.bounds.contains(&Point::new(5, 5)));
    println!("contains (11, 5): {}", scene.bounds.contains(&Point::new(11, 5)));
    scene.bounds.shift(5);
    scene.bounds.bottom_right.y = 12;
    println!("after shift: x {}..{}, area {}", scene.bounds.top_left.x, scene.bounds.bottom_right.x, scene.bounds.area());
    println!("contains (11, 5): {}", scene.bounds.contains(&Point::new(11, 5)));
}

// CHECK:STDOUT: scene 9 area 50
// CHECK:STDOUT: contains (5, 5): true
// CHECK:STDOUT: contains (11, 5): false
// CHECK:STDOUT: after shift: x 6..16, area 100
// CHECK:STDOUT: contains (11, 5): true
