// File modules: `mod name;` loads name.rs (geometry.rs, and geometry/shapes.rs
// for its own `mod shapes;`) or name/mod.rs (util/mod.rs and util/helpers.rs),
// `#[path]` names a file, and an inline module's `mod name;` lives in a
// folder named after it. Privacy holds across files: `pub`, `pub(crate)`,
// `pub(super)`, and a child sees its parent's private items.
mod geometry;
mod util;

#[path = "extra/renamed_file.rs"]
mod renamed;

mod outer {
    pub mod nested;

    fn secret() -> i32 {
        40
    }
}

use geometry::shapes::Circle;
use geometry::Point;

fn main() {
    let p = Point::new(3.0, 4.0);
    println!("distance from origin: {}", p.dist(&geometry::origin()));
    let c = Circle { center: p, radius: 2.0 };
    println!("circle area: {:.3}", c.area());
    println!("circle contains origin: {}", c.contains(&Point::new(0.0, 0.0)));
    println!("clamped: {}", util::clamp(15, 0, 10));
    println!("doubled: {}", util::helpers::double(21));
    println!("renamed: {}", renamed::greeting());
    println!("nested: {}", outer::nested::answer());
    println!("counter: {}", util::count_up(3));
}

// CHECK:STDOUT: distance from origin: 5
// CHECK:STDOUT: circle area: 12.566
// CHECK:STDOUT: circle contains origin: false
// CHECK:STDOUT: clamped: 10
// CHECK:STDOUT: doubled: 42
// CHECK:STDOUT: renamed: hello from a #[path] module
// CHECK:STDOUT: nested: 42
// CHECK:STDOUT: counter: 60
