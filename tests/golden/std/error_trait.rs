// std::error::Error: user error types, `Box<dyn Error>` results, `?`
// boxing any `E: Error` (ParseIntError, the program's own), messages
// boxed with `.into()`, Display/Debug/to_string of a boxed error, and an
// overridden `source()` chain.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
enum AppError {
    Negative(i32),
    Odd { value: i32 },
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AppError::Negative(n) => write!(f, "{} is negative", n),
            AppError::Odd { value } => write!(f, "{} is odd", value),
        }
    }
}

impl Error for AppError {}

#[derive(Debug)]
struct ConfigError {
    line: usize,
    cause: AppError,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "bad config on line {}", self.line)
    }
}

impl Error for ConfigError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.cause)
    }
}

fn check(n: i32) -> Result<i32, AppError> {
    if n < 0 {
        return Err(AppError::Negative(n));
    }
    if n % 2 == 1 {
        return Err(AppError::Odd { value: n });
    }
    Ok(n / 2)
}

fn parse(s: &str) -> Result<i32, Box<dyn Error>> {
    let n: i32 = s.trim().parse()?;
    let half = check(n)?;
    if half > 50 {
        return Err("too big".into());
    }
    if half == 21 {
        return Err(format!("{} is the answer", half).into());
    }
    Ok(half)
}

fn sum(items: &[&str]) -> Result<i32, Box<dyn Error>> {
    let mut total = 0;
    for s in items {
        total += parse(s)?;
    }
    Ok(total)
}

fn report(e: &dyn Error) {
    println!("error: {}", e);
    let mut cur = e.source();
    while let Some(inner) = cur {
        println!("  caused by: {}", inner);
        cur = inner.source();
    }
}

fn main() -> Result<(), Box<dyn Error>> {
    for s in ["8", "x", "-3", "7", "200", "42", ""] {
        match parse(s) {
            Ok(n) => println!("{:?} -> {}", s, n),
            Err(e) => println!("{:?} -> {} / {:?} / {}", s, e, e, e.to_string().len()),
        }
    }
    println!("{:?}", sum(&["2", "4"]).unwrap());
    match sum(&["2", "5"]) {
        Ok(_) => {}
        Err(e) => println!("sum failed: {}", e),
    }
    let e: Box<dyn Error> = Box::new(AppError::Negative(1));
    println!("{:#?}", e);
    println!("{}", e.source().is_none());
    let c = ConfigError { line: 3, cause: AppError::Odd { value: 5 } };
    report(&c);
    let boxed: Box<dyn Error> = Box::new(c);
    println!("{:?}", boxed);
    let plain: Result<i32, Box<dyn Error>> = Err(Box::from("plain"));
    if let Err(e) = plain {
        println!("{} {:?}", e, e);
    }
    let total = sum(&["10", "20"])?;
    println!("total {}", total);
    Ok(())
}

// CHECK:STDOUT: "8" -> 4
// CHECK:STDOUT: "x" -> invalid digit found in string / ParseIntError { kind: InvalidDigit } / 29
// CHECK:STDOUT: "-3" -> -3 is negative / Negative(-3) / 14
// CHECK:STDOUT: "7" -> 7 is odd / Odd { value: 7 } / 8
// CHECK:STDOUT: "200" -> too big / "too big" / 7
// CHECK:STDOUT: "42" -> 21 is the answer / "21 is the answer" / 16
// CHECK:STDOUT: "" -> cannot parse integer from empty string / ParseIntError { kind: Empty } / 38
// CHECK:STDOUT: 3
// CHECK:STDOUT: sum failed: 5 is odd
// CHECK:STDOUT: Negative(
// CHECK:STDOUT:     1,
// CHECK:STDOUT: )
// CHECK:STDOUT: true
// CHECK:STDOUT: error: bad config on line 3
// CHECK:STDOUT:   caused by: 5 is odd
// CHECK:STDOUT: ConfigError { line: 3, cause: Odd { value: 5 } }
// CHECK:STDOUT: plain "plain"
// CHECK:STDOUT: total 15
