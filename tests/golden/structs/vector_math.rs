// A 2-D vector type with methods returning Self, chained calls and a small
// physics simulation step.
struct Vec2 {
    x: f32,
    y: f32,
}

impl Vec2 {
    fn new(x: f32, y: f32) -> Vec2 {
        Vec2 { x, y }
    }

    fn add(&self, o: &Vec2) -> Vec2 {
        Vec2::new(self.x + o.x, self.y + o.y)
    }

    fn scale(&self, k: f32) -> Vec2 {
        Vec2::new(self.x * k, self.y * k)
    }

    fn dot(&self, o: &Vec2) -> f32 {
        self.x * o.x + self.y * o.y
    }

    fn length(&self) -> f32 {
        self.dot(self).sqrt()
    }
}

struct Body {
    pos: Vec2,
    vel: Vec2,
}

impl Body {
    fn step(&mut self, dt: f32) {
        let gravity = Vec2::new(0.0, -9.8);
        self.vel = self.vel.add(&gravity.scale(dt));
        self.pos = self.pos.add(&self.vel.scale(dt));
    }
}

fn main() {
    let a = Vec2::new(3.0, 4.0);
    let b = Vec2::new(-1.0, 2.0);
    println!("|a| = {}", a.length());
    println!("a.b = {}", a.dot(&b));
    let c = a.add(&b).scale(0.5);
    println!("c = ({}, {})", c.x, c.y);

    let mut ball = Body { pos: Vec2::new(0.0, 10.0), vel: Vec2::new(2.0, 0.0) };
    let mut t = 0;
    while ball.pos.y > 0.0 {
        ball.step(0.1);
        t += 1;
    }
    println!("landed after {} steps at x = {:.2}", t, ball.pos.x);
}

// CHECK:STDOUT: |a| = 5
// CHECK:STDOUT: a.b = 5
// CHECK:STDOUT: c = (1, 3)
// CHECK:STDOUT: landed after 14 steps at x = 2.80
