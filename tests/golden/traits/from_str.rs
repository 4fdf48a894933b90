// A program's own `impl FromStr`: `type Err`, `Self::Err`, and
// `s.parse::<Point>()` / `Point::from_str` find the impl, next to the
// std impls for numbers.
use std::str::FromStr;

#[derive(Debug, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

impl FromStr for Point {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (a, b) = s.split_once(',').ok_or(format!("no comma in {:?}", s))?;
        let x = a.trim().parse::<i32>().map_err(|e| e.to_string())?;
        let y = b.trim().parse::<i32>().map_err(|e| format!("y: {}", e))?;
        Ok(Point { x, y })
    }
}

fn parse_each<T: FromStr>(text: &str) -> Vec<Result<T, T::Err>> {
    text.split(';').map(|part| part.parse::<T>()).collect()
}

fn main() {
    println!("{:?}", "1, 2".parse::<Point>());
    println!("{:?}", Point::from_str("3,x"));
    let p: Result<Point, _> = "7".parse();
    println!("{:?}", p);
    let q: Point = "-4,5".parse().unwrap();
    println!("{} {}", q.x, q.y);
    println!("{:?}", parse_each::<Point>("1,1;2;3,3"));
    println!("{:?}", parse_each::<u8>("1;300;x"));
    println!("{:?}", i64::from_str("-12"));
}

// CHECK:STDOUT: Ok(Point { x: 1, y: 2 })
// CHECK:STDOUT: Err("y: invalid digit found in string")
// CHECK:STDOUT: Err("no comma in \"7\"")
// CHECK:STDOUT: -4 5
// CHECK:STDOUT: [Ok(Point { x: 1, y: 1 }), Err("no comma in \"2\""), Ok(Point { x: 3, y: 3 })]
// CHECK:STDOUT: [Ok(1), Err(ParseIntError { kind: PosOverflow }), Err(ParseIntError { kind: InvalidDigit })]
// CHECK:STDOUT: Ok(-12)
