// `?` converts the error through the fn's error type's From impl, as Rust
// does: ParseIntError (and a program's own error) into an error enum, also
// when the operand's error type is only known later (`s.parse()?` whose
// target is the let's type), and an error of the same type unchanged.
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum AppError {
    Parse(ParseIntError),
    Negative(i64),
    Config(ConfigError),
}

#[derive(Debug)]
struct ConfigError {
    key: String,
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> Self {
        AppError::Parse(e)
    }
}

impl From<ConfigError> for AppError {
    fn from(e: ConfigError) -> Self {
        AppError::Config(e)
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AppError::Parse(e) => write!(f, "bad number: {}", e),
            AppError::Negative(n) => write!(f, "negative: {}", n),
            AppError::Config(c) => write!(f, "missing key {}", c.key),
        }
    }
}

fn parse_positive(s: &str) -> Result<i64, AppError> {
    let n: i64 = s.trim().parse()?;
    if n < 0 {
        return Err(AppError::Negative(n));
    }
    Ok(n)
}

fn lookup(key: &str) -> Result<&'static str, ConfigError> {
    match key {
        "width" => Ok("40"),
        "height" => Ok("-2"),
        "depth" => Ok("x"),
        _ => Err(ConfigError { key: key.to_string() }),
    }
}

fn setting(key: &str) -> Result<i64, AppError> {
    let text = lookup(key)?;
    let n = parse_positive(text)?;
    Ok(n * 2)
}

fn sum_all(items: &[&str]) -> Result<i32, AppError> {
    let mut total = 0;
    for it in items {
        total += it.parse::<i32>()?;
    }
    Ok(total)
}

fn main() {
    for s in ["12", " 7 ", "-3", "zz", ""] {
        match parse_positive(s) {
            Ok(n) => println!("ok {}", n),
            Err(e) => println!("error: {} ({:?})", e, e),
        }
    }
    for k in ["width", "height", "depth", "color"] {
        match setting(k) {
            Ok(n) => println!("{} = {}", k, n),
            Err(e) => println!("{}: {}", k, e),
        }
    }
    println!("{:?}", sum_all(&["1", "2", "3"]).ok());
    if let Err(e) = sum_all(&["1", "two"]) {
        println!("{}", e);
    }
}

// CHECK:STDOUT: ok 12
// CHECK:STDOUT: ok 7
// CHECK:STDOUT: error: negative: -3 (Negative(-3))
// CHECK:STDOUT: error: bad number: invalid digit found in string (Parse(ParseIntError { kind: InvalidDigit }))
// CHECK:STDOUT: error: bad number: cannot parse integer from empty string (Parse(ParseIntError { kind: Empty }))
// CHECK:STDOUT: width = 80
// CHECK:STDOUT: height: negative: -2
// CHECK:STDOUT: depth: bad number: invalid digit found in string
// CHECK:STDOUT: color: missing key color
// CHECK:STDOUT: Some(6)
// CHECK:STDOUT: bad number: invalid digit found in string
