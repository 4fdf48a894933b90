// Associated consts: declared in a trait (with and without a default),
// given by impls, read as `Self::SIDES` in a default method, `S::SIDES`
// through a bound, `Square::SIDES` and `<Triangle as Shape>::SIDES` on a
// type; and inherent associated consts.
trait Shape {
    const SIDES: u32;
    const NAME: &'static str = "shape";
    fn side_len(&self) -> f64;

    fn perimeter(&self) -> f64 {
        Self::SIDES as f64 * self.side_len()
    }

    fn describe(&self) -> String {
        format!("{} with {} sides", Self::NAME, Self::SIDES)
    }
}

struct Square {
    side: f64,
}

struct Triangle {
    side: f64,
}

impl Shape for Square {
    const SIDES: u32 = 4;
    const NAME: &'static str = "square";
    fn side_len(&self) -> f64 {
        self.side
    }
}

impl Shape for Triangle {
    const SIDES: u32 = 3;
    fn side_len(&self) -> f64 {
        self.side
    }
}

struct Limits;

impl Limits {
    const MAX: u32 = 10;
    const MIN: u32 = Self::MAX / 5;

    fn clamp(v: u32) -> u32 {
        if v > Self::MAX {
            Self::MAX
        } else if v < Limits::MIN {
            Limits::MIN
        } else {
            v
        }
    }
}

fn total_sides<S: Shape>(shapes: &[S]) -> u32 {
    S::SIDES * shapes.len() as u32
}

fn corners<S>(_s: &S) -> [u32; 2]
where
    S: Shape,
{
    [S::SIDES, S::SIDES * 2]
}

fn main() {
    let sq = Square { side: 2.5 };
    let tr = Triangle { side: 3.0 };
    println!("{}", sq.perimeter());
    println!("{}", tr.perimeter());
    println!("{}", sq.describe());
    println!("{}", tr.describe());
    println!("{} {}", Square::SIDES, <Triangle as Shape>::SIDES);
    println!("{}", Triangle::NAME);
    println!("{}", total_sides(&[Square { side: 1.0 }, Square { side: 2.0 }]));
    println!("{}", total_sides(&[Triangle { side: 1.0 }]));
    println!("{:?}", corners(&tr));
    println!("{} {} {}", Limits::clamp(50), Limits::clamp(0), Limits::clamp(7));
    const ALL: u32 = Limits::MAX + Limits::MIN;
    println!("{}", ALL);
}

// CHECK:STDOUT: 10
// CHECK:STDOUT: 9
// CHECK:STDOUT: square with 4 sides
// CHECK:STDOUT: shape with 3 sides
// CHECK:STDOUT: 4 3
// CHECK:STDOUT: shape
// CHECK:STDOUT: 8
// CHECK:STDOUT: 3
// CHECK:STDOUT: [3, 6]
// CHECK:STDOUT: 10 2 7
// CHECK:STDOUT: 12
