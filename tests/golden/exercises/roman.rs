// Roman numerals both ways, with validation through Result.
fn to_roman(mut n: u32) -> String {
    let table = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];
    let mut s = String::new();
    for &(value, digits) in table.iter() {
        while n >= value {
            s.push_str(digits);
            n -= value;
        }
    }
    s
}

fn digit_value(c: char) -> Result<u32, String> {
    match c {
        'I' => Ok(1),
        'V' => Ok(5),
        'X' => Ok(10),
        'L' => Ok(50),
        'C' => Ok(100),
        'D' => Ok(500),
        'M' => Ok(1000),
        other => Err(format!("invalid digit '{}'", other)),
    }
}

fn from_roman(s: &str) -> Result<u32, String> {
    if s.is_empty() {
        return Err(String::from("empty numeral"));
    }
    let mut values = Vec::new();
    for c in s.chars() {
        values.push(digit_value(c)?);
    }
    let mut total = 0;
    for i in 0..values.len() {
        if i + 1 < values.len() && values[i] < values[i + 1] {
            total -= values[i] as i64;
        } else {
            total += values[i] as i64;
        }
    }
    Ok(total as u32)
}

fn main() {
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999] {
        let r = to_roman(n);
        let back = from_roman(&r).unwrap();
        println!("{:>4} -> {:<12} -> {}", n, r, back);
    }
    for bad in ["", "MCMZ", "XIV"] {
        match from_roman(bad) {
            Ok(v) => println!("{:?} = {}", bad, v),
            Err(e) => println!("{:?}: error: {}", bad, e),
        }
    }
}

// CHECK:STDOUT:    1 -> I            -> 1
// CHECK:STDOUT:    4 -> IV           -> 4
// CHECK:STDOUT:    9 -> IX           -> 9
// CHECK:STDOUT:   14 -> XIV          -> 14
// CHECK:STDOUT:   40 -> XL           -> 40
// CHECK:STDOUT:   90 -> XC           -> 90
// CHECK:STDOUT:  400 -> CD           -> 400
// CHECK:STDOUT: 1994 -> MCMXCIV      -> 1994
// CHECK:STDOUT: 2024 -> MMXXIV       -> 2024
// CHECK:STDOUT: 3999 -> MMMCMXCIX    -> 3999
// CHECK:STDOUT: "": error: empty numeral
// CHECK:STDOUT: "MCMZ": error: invalid digit 'Z'
// CHECK:STDOUT: "XIV" = 14
