// A user trait with an associated type: `type Err;` declared, given by
// each impl, named as `Self::Err` in the trait and as `F::Err` in a
// generic fn's signature, solved per instantiation.
#[derive(Debug)]
struct BadInt(String);

#[derive(Debug)]
enum ColorError {
    Unknown(String),
}

trait FromText: Sized {
    type Err;
    fn from_text(s: &str) -> Result<Self, Self::Err>;
}

#[derive(Debug)]
struct Meters(u32);

#[derive(Debug, Clone, Copy, PartialEq)]
enum Color {
    Red,
    Green,
}

impl FromText for Meters {
    type Err = BadInt;
    fn from_text(s: &str) -> Result<Self, Self::Err> {
        let digits = s.trim_end_matches('m');
        let mut n: u32 = 0;
        if digits.is_empty() {
            return Err(BadInt(s.to_string()));
        }
        for c in digits.chars() {
            match c.to_digit(10) {
                Some(d) => n = n * 10 + d,
                None => return Err(BadInt(s.to_string())),
            }
        }
        Ok(Meters(n))
    }
}

impl FromText for Color {
    type Err = ColorError;
    fn from_text(s: &str) -> Result<Color, ColorError> {
        match s {
            "red" => Ok(Color::Red),
            "green" => Ok(Color::Green),
            other => Err(ColorError::Unknown(other.to_string())),
        }
    }
}

fn parse_all<F: FromText>(items: &[&str]) -> Result<Vec<F>, F::Err> {
    let mut out = Vec::new();
    for s in items {
        out.push(F::from_text(s)?);
    }
    Ok(out)
}

fn first_error<F>(items: &[&str]) -> Option<F::Err>
where
    F: FromText,
{
    for s in items {
        if let Err(e) = F::from_text(s) {
            return Some(e);
        }
    }
    None
}

fn count_ok<F: FromText>(items: &[&str]) -> usize {
    items.iter().filter(|s| F::from_text(s).is_ok()).count()
}

fn main() {
    let lengths: Result<Vec<Meters>, BadInt> = parse_all(&["3m", "14m", "159"]);
    println!("{:?}", lengths);
    println!("{:?}", parse_all::<Meters>(&["3m", "x4"]));
    println!("{:?}", parse_all::<Color>(&["red", "green", "red"]));
    match parse_all::<Color>(&["red", "blue"]) {
        Ok(v) => println!("all fine: {:?}", v),
        Err(ColorError::Unknown(name)) => println!("unknown color {}", name),
    }
    println!("{:?}", first_error::<Meters>(&["1m", "2m", "oops", "nope"]));
    println!("{:?}", first_error::<Color>(&["green"]));
    println!("{}", count_ok::<Color>(&["red", "pink", "green"]));
}

// CHECK:STDOUT: Ok([Meters(3), Meters(14), Meters(159)])
// CHECK:STDOUT: Err(BadInt("x4"))
// CHECK:STDOUT: Ok([Red, Green, Red])
// CHECK:STDOUT: unknown color blue
// CHECK:STDOUT: Some(BadInt("oops"))
// CHECK:STDOUT: None
// CHECK:STDOUT: 2
