// Trait objects: `&dyn Trait` and `Box<dyn Trait>` with default methods,
// methods with arguments and results, and a slice of boxes.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
    fn scaled_area(&self, k: f64) -> f64 {
        self.area() * k * k
    }
}

struct Circle {
    r: f64,
}

struct Square {
    s: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.r * self.r
    }
    fn name(&self) -> String {
        String::from("circle")
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.s * self.s
    }
}

fn total(shapes: &[Box<dyn Shape>]) -> f64 {
    let mut t = 0.0;
    for s in shapes {
        t += s.area();
    }
    t
}

fn describe(s: &dyn Shape) {
    println!("{} {:.2}", s.name(), s.area());
}

fn bigger<'a>(a: &'a dyn Shape, b: &'a dyn Shape) -> &'a dyn Shape {
    if a.area() >= b.area() {
        a
    } else {
        b
    }
}

fn main() {
    let c = Circle { r: 1.0 };
    let sq = Square { s: 2.0 };
    describe(&c);
    describe(&sq);
    let r: &dyn Shape = &sq;
    println!("scaled {:.2}", r.scaled_area(3.0));
    println!("bigger is {}", bigger(&c, &sq).name());
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 1.0 }), Box::new(Square { s: 2.0 })];
    println!("total {:.3}", total(&shapes));
    for s in shapes.iter() {
        describe(&**s);
    }
    let b: Box<dyn Shape> = Box::new(Circle { r: 2.0 });
    println!("{} {:.1}", b.name(), b.area());
    describe(&*b);
}

// CHECK:STDOUT: circle 3.14
// CHECK:STDOUT: shape 4.00
// CHECK:STDOUT: scaled 36.00
// CHECK:STDOUT: bigger is shape
// CHECK:STDOUT: total 7.142
// CHECK:STDOUT: circle 3.14
// CHECK:STDOUT: shape 4.00
// CHECK:STDOUT: circle 12.6
// CHECK:STDOUT: circle 12.57
