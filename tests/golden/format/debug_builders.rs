// User `impl fmt::Debug` with the Formatter's debug builders and
// `f.alternate()`, in {:?} and {:#?}, alone and inside derived structs;
// a write!-based impl whose lines are indented under its field.
use std::fmt;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Debug for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Point").field("x", &self.x).field("y", &self.y).finish()
    }
}

struct Pair(i32, String);

impl fmt::Debug for Pair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Pair").field(&self.0).field(&self.1).finish()
    }
}

struct Bag {
    items: Vec<Point>,
}

impl fmt::Debug for Bag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_list().entries(self.items.iter()).finish()
    }
}

struct Pairs {
    keys: Vec<&'static str>,
}

impl fmt::Debug for Pairs {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut m = f.debug_map();
        for (i, k) in self.keys.iter().enumerate() {
            m.entry(k, &i);
        }
        m.finish()
    }
}

struct Set3;

impl fmt::Debug for Set3 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_set().entry(&1).entry(&"two").entry(&Point { x: 3, y: 3 }).finish()
    }
}

struct Grid {
    rows: Vec<Vec<u8>>,
}

impl fmt::Debug for Grid {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            writeln!(f, "Grid:")?;
            for r in &self.rows {
                writeln!(f, "{:?}", r)?;
            }
            write!(f, "end")
        } else {
            write!(f, "Grid({} rows)", self.rows.len())
        }
    }
}

struct Empty;

impl fmt::Debug for Empty {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Empty").finish()?;
        f.write_str("!")
    }
}

#[derive(Debug)]
struct Scene {
    origin: Point,
    tag: Pair,
    bag: Bag,
    grid: Grid,
    pairs: Pairs,
    set: Set3,
    e: Empty,
    unit: (),
}

fn main() {
    let p = Point { x: 1, y: -2 };
    println!("{:?}", p);
    println!("{:#?}", p);
    println!("{:?} {:#?}", Pair(7, String::from("seven")), Pair(8, String::from("eight")));
    let scene = Scene {
        origin: Point { x: 0, y: 0 },
        tag: Pair(1, String::from("one")),
        bag: Bag { items: vec![Point { x: 5, y: 6 }] },
        grid: Grid { rows: vec![vec![1, 2], vec![3]] },
        pairs: Pairs { keys: vec!["a", "b"] },
        set: Set3,
        e: Empty,
        unit: (),
    };
    println!("{:?}", scene);
    println!("{:#?}", scene);
    let all = vec![Some(Bag { items: vec![] }), None];
    println!("{:#?}", all);
    let text = format!("{:#?}", Pairs { keys: vec!["z"] });
    println!("{} ({} bytes)", text, text.len());
}

// CHECK:STDOUT: Point { x: 1, y: -2 }
// CHECK:STDOUT: Point {
// CHECK:STDOUT:     x: 1,
// CHECK:STDOUT:     y: -2,
// CHECK:STDOUT: }
// CHECK:STDOUT: Pair(7, "seven") Pair(
// CHECK:STDOUT:     8,
// CHECK:STDOUT:     "eight",
// CHECK:STDOUT: )
// CHECK:STDOUT: Scene { origin: Point { x: 0, y: 0 }, tag: Pair(1, "one"), bag: [Point { x: 5, y: 6 }], grid: Grid(2 rows), pairs: {"a": 0, "b": 1}, set: {1, "two", Point { x: 3, y: 3 }}, e: Empty!, unit: () }
// CHECK:STDOUT: Scene {
// CHECK:STDOUT:     origin: Point {
// CHECK:STDOUT:         x: 0,
// CHECK:STDOUT:         y: 0,
// CHECK:STDOUT:     },
// CHECK:STDOUT:     tag: Pair(
// CHECK:STDOUT:         1,
// CHECK:STDOUT:         "one",
// CHECK:STDOUT:     ),
// CHECK:STDOUT:     bag: [
// CHECK:STDOUT:         Point {
// CHECK:STDOUT:             x: 5,
// CHECK:STDOUT:             y: 6,
// CHECK:STDOUT:         },
// CHECK:STDOUT:     ],
// CHECK:STDOUT:     grid: Grid:
// CHECK:STDOUT:     [1, 2]
// CHECK:STDOUT:     [3]
// CHECK:STDOUT:     end,
// CHECK:STDOUT:     pairs: {
// CHECK:STDOUT:         "a": 0,
// CHECK:STDOUT:         "b": 1,
// CHECK:STDOUT:     },
// CHECK:STDOUT:     set: {
// CHECK:STDOUT:         1,
// CHECK:STDOUT:         "two",
// CHECK:STDOUT:         Point {
// CHECK:STDOUT:             x: 3,
// CHECK:STDOUT:             y: 3,
// CHECK:STDOUT:         },
// CHECK:STDOUT:     },
// CHECK:STDOUT:     e: Empty!,
// CHECK:STDOUT:     unit: (),
// CHECK:STDOUT: }
// CHECK:STDOUT: [
// CHECK:STDOUT:     Some(
// CHECK:STDOUT:         [],
// CHECK:STDOUT:     ),
// CHECK:STDOUT:     None,
// CHECK:STDOUT: ]
// CHECK:STDOUT: {
// CHECK:STDOUT:     "z": 0,
// CHECK:STDOUT: } (15 bytes)
