// Vectors: a `Vec2` struct with methods simulating a thrown ball.
#[derive(Debug, Clone, Copy)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Vec2 {
    fn add(self, o: Vec2) -> Vec2 {
        Vec2 { x: self.x + o.x, y: self.y + o.y }
    }

    fn scale(self, k: f64) -> Vec2 {
        Vec2 { x: self.x * k, y: self.y * k }
    }

    fn length(self) -> f64 {
        (self.x * self.x + self.y * self.y).sqrt()
    }
}

fn main() {
    let gravity = Vec2 { x: 0.0, y: -9.81 };
    let mut pos = Vec2 { x: 0.0, y: 0.0 };
    let mut vel = Vec2 { x: 12.0, y: 15.0 };
    let dt = 0.1;
    let mut t = 0.0;
    let mut highest = pos;
    while pos.y >= 0.0 {
        if (t * 10.0) as i32 % 5 == 0 {
            println!("t={:.1}s  position ({:6.2}, {:6.2})  speed {:.2}", t, pos.x, pos.y, vel.length());
        }
        vel = vel.add(gravity.scale(dt));
        pos = pos.add(vel.scale(dt));
        if pos.y > highest.y {
            highest = pos;
        }
        t += dt;
    }
    println!("landed after {:.1}s at x = {:.2}; highest point {:?}", t, pos.x, highest);
}
