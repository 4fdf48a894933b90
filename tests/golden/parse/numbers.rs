// str::parse into integers, floats, bool and char: inference from the
// binding's type or a turbofish, `?` with std::num::ParseIntError, and the
// error values' Debug and Display text.
use std::num::ParseIntError;

fn sum_all(line: &str) -> Result<i64, ParseIntError> {
    let mut total = 0;
    for word in line.split_whitespace() {
        let n: i64 = word.parse()?;
        total += n;
    }
    Ok(total)
}

fn describe(text: &str) -> String {
    match text.parse::<u8>() {
        Ok(n) => format!("{} fits in u8", n),
        Err(e) => format!("{:?}: {}", text, e),
    }
}

fn main() {
    let x: i32 = "  42 ".trim().parse().unwrap();
    let y = "-17".parse::<i32>().unwrap();
    println!("{} {} {}", x, y, x + y);
    println!("{:?}", sum_all("1 2 3 40"));
    println!("{:?}", sum_all("1 two 3"));
    match sum_all("9223372036854775807 x") {
        Ok(v) => println!("sum {}", v),
        Err(e) => println!("error: {}", e),
    }
    for t in ["255", "256", "-1", "+7", "", "12a", "007"] {
        println!("{}", describe(t));
    }
    println!("{:?} {:?}", "-128".parse::<i8>(), "-129".parse::<i8>());
    println!("{:?}", "18446744073709551615".parse::<u64>());
    println!("{:?}", "-9223372036854775808".parse::<i64>());
    let floats = ["3.5", "-0.25", "1e3", "2.5E-2", ".5", "7.", "inf", "-infinity", "x1", "", "1e", "0.1"];
    for f in floats {
        match f.parse::<f64>() {
            Ok(v) => println!("{} -> {}", f, v),
            Err(e) => println!("{} -> error {} ({:?})", f, e, e),
        }
    }
    let nan: f64 = "NaN".parse().unwrap();
    println!("{} {}", nan.is_nan(), "0.1".parse::<f32>().unwrap() * 3.0);
    println!("{:?} {:?} {:?}", "true".parse::<bool>(), "false".parse::<bool>(), "yes".parse::<bool>());
    println!("{:?} {:?} {:?}", "é".parse::<char>(), "".parse::<char>(), "ab".parse::<char>());
    let owned = String::from("123");
    let n: u32 = owned.parse().unwrap_or(0);
    let bad: u32 = "oops".parse().unwrap_or(0);
    println!("{} {}", n, bad);
    let nums: Vec<i32> = "5,-3,8".split(',').map(|s| s.parse().unwrap()).collect();
    println!("{:?}", nums);
    if let Ok(v) = "99".parse::<u16>() {
        println!("got {}", v);
    }
    println!("{}", "x".parse::<i32>().map_err(|e| e.to_string()).unwrap_err());
}

// CHECK:STDOUT: 42 -17 25
// CHECK:STDOUT: Ok(46)
// CHECK:STDOUT: Err(ParseIntError { kind: InvalidDigit })
// CHECK:STDOUT: error: invalid digit found in string
// CHECK:STDOUT: 255 fits in u8
// CHECK:STDOUT: "256": number too large to fit in target type
// CHECK:STDOUT: "-1": invalid digit found in string
// CHECK:STDOUT: 7 fits in u8
// CHECK:STDOUT: "": cannot parse integer from empty string
// CHECK:STDOUT: "12a": invalid digit found in string
// CHECK:STDOUT: 7 fits in u8
// CHECK:STDOUT: Ok(-128) Err(ParseIntError { kind: NegOverflow })
// CHECK:STDOUT: Ok(18446744073709551615)
// CHECK:STDOUT: Ok(-9223372036854775808)
// CHECK:STDOUT: 3.5 -> 3.5
// CHECK:STDOUT: -0.25 -> -0.25
// CHECK:STDOUT: 1e3 -> 1000
// CHECK:STDOUT: 2.5E-2 -> 0.025
// CHECK:STDOUT: .5 -> 0.5
// CHECK:STDOUT: 7. -> 7
// CHECK:STDOUT: inf -> inf
// CHECK:STDOUT: -infinity -> -inf
// CHECK:STDOUT: x1 -> error invalid float literal (ParseFloatError { kind: Invalid })
// CHECK:STDOUT:  -> error cannot parse float from empty string (ParseFloatError { kind: Empty })
// CHECK:STDOUT: 1e -> error invalid float literal (ParseFloatError { kind: Invalid })
// CHECK:STDOUT: 0.1 -> 0.1
// CHECK:STDOUT: true 0.3
// CHECK:STDOUT: Ok(true) Ok(false) Err(ParseBoolError)
// CHECK:STDOUT: Ok('é') Err(ParseCharError { kind: EmptyString }) Err(ParseCharError { kind: TooManyChars })
// CHECK:STDOUT: 123 0
// CHECK:STDOUT: [5, -3, 8]
// CHECK:STDOUT: got 99
// CHECK:STDOUT: invalid digit found in string
