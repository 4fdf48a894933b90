// The program's own `impl fmt::Display` and `impl fmt::Debug`: `{}` and
// `{:?}` call them, in println!, format!, to_string and inside derived
// Debug output; write!/writeln! inside them, with `?`.
use std::fmt;
use std::fmt::Display;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

impl fmt::Debug for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Point<{}>", self.x)?;
        write!(f, "<{}>", self.y)
    }
}

#[derive(Debug)]
struct Segment {
    from: Point,
    to: Point,
    label: String,
}

enum Suit {
    Hearts,
    Spades,
}

impl Display for Suit {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        let symbol = match self {
            Suit::Hearts => "♥",
            Suit::Spades => "♠",
        };
        write!(f, "{}", symbol)
    }
}

struct Card {
    rank: u8,
    suit: Suit,
}

impl fmt::Display for Card {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.rank {
            1 => write!(f, "A")?,
            11 => write!(f, "J")?,
            12 => write!(f, "Q")?,
            13 => write!(f, "K")?,
            n => write!(f, "{}", n)?,
        }
        write!(f, "{}", self.suit)
    }
}

// A generic wrapper whose Display uses its content's.
struct Boxed<T> {
    inner: T,
}

impl<T: fmt::Display> fmt::Display for Boxed<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(f, "+-----+")?;
        writeln!(f, "| {} |", self.inner)?;
        write!(f, "+-----+")
    }
}

struct Matrix {
    rows: Vec<Vec<i32>>,
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in &self.rows {
            let mut first = true;
            for v in row {
                if !first {
                    write!(f, " ")?;
                }
                write!(f, "{:>3}", v)?;
                first = false;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}

fn describe<T: Display>(what: &str, value: T) -> String {
    format!("{what}: {value}")
}

fn main() {
    let p = Point { x: 3, y: -4 };
    println!("{} {:?}", p, p);
    println!("[{:>12}] width is the impl's business", p);
    let s = p.to_string();
    println!("{} has {} bytes", s, s.len());
    let seg = Segment { from: Point { x: 0, y: 0 }, to: Point { x: 1, y: 2 }, label: String::from("a") };
    println!("{:?}", seg);
    println!("{:#?}", seg);
    let points = vec![Point { x: 1, y: 1 }, Point { x: 2, y: 4 }];
    println!("{:?}", points);
    let hand = vec![Card { rank: 1, suit: Suit::Spades }, Card { rank: 10, suit: Suit::Hearts }, Card { rank: 12, suit: Suit::Hearts }];
    let mut line = String::new();
    for c in &hand {
        line.push_str(&format!("{} ", c));
    }
    println!("hand: {}", line.trim_end());
    println!("{}", Boxed { inner: 42 });
    println!("{}", Boxed { inner: Point { x: 7, y: 8 } });
    print!("{}", Matrix { rows: vec![vec![1, 20, 300], vec![-4, 5, -60]] });
    println!("{}", describe("origin", Point { x: 0, y: 0 }));
    println!("{}", describe("card", Card { rank: 13, suit: Suit::Spades }));
    eprintln!("to stderr: {}", p);
}

// CHECK:STDOUT: (3, -4) Point<3><-4>
// CHECK:STDOUT: [(3, -4)] width is the impl's business
// CHECK:STDOUT: (3, -4) has 7 bytes
// CHECK:STDOUT: Segment { from: Point<0><0>, to: Point<1><2>, label: "a" }
// CHECK:STDOUT: Segment {
// CHECK:STDOUT:     from: Point<0><0>,
// CHECK:STDOUT:     to: Point<1><2>,
// CHECK:STDOUT:     label: "a",
// CHECK:STDOUT: }
// CHECK:STDOUT: [Point<1><1>, Point<2><4>]
// CHECK:STDOUT: hand: A♠ 10♥ Q♥
// CHECK:STDOUT: +-----+
// CHECK:STDOUT: | 42 |
// CHECK:STDOUT: +-----+
// CHECK:STDOUT: +-----+
// CHECK:STDOUT: | (7, 8) |
// CHECK:STDOUT: +-----+
// CHECK:STDOUT:   1  20 300
// CHECK:STDOUT:  -4   5 -60
// CHECK:STDOUT: origin: (0, 0)
// CHECK:STDOUT: card: K♠
// CHECK:STDERR: to stderr: (3, -4)
