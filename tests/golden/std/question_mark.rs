// The `?` operator on Result and Option: early returns of the error or None,
// inside fns, in expressions and in a closure with a declared return type.
#[derive(Debug, Clone, Copy, PartialEq)]
enum ParseError {
    Empty,
    BadDigit(char),
    Overflow,
}

fn digit(c: char) -> Result<u32, ParseError> {
    if c.is_ascii_digit() {
        Ok(c as u32 - '0' as u32)
    } else {
        Err(ParseError::BadDigit(c))
    }
}

fn parse3(cs: [char; 3]) -> Result<u32, ParseError> {
    let a = digit(cs[0])?;
    let b = digit(cs[1])?;
    let c = digit(cs[2])?;
    let v = a * 100 + b * 10 + c;
    if v > 500 {
        return Err(ParseError::Overflow);
    }
    Ok(v)
}

fn first_even(xs: &[i32]) -> Option<i32> {
    for &x in xs {
        if x % 2 == 0 {
            return Some(x);
        }
    }
    None
}

fn half_of_first_even(xs: &[i32]) -> Option<i32> {
    let e = first_even(xs)?;
    Some(e / 2)
}

fn sum_pair(a: &[i32], b: &[i32]) -> Option<i32> {
    Some(first_even(a)? + first_even(b)?)
}

fn main() {
    println!("{:?}", parse3(['1', '2', '3']));
    println!("{:?}", parse3(['1', 'x', '3']));
    println!("{:?}", parse3(['9', '9', '9']));
    println!("{:?} {:?}", half_of_first_even(&[3, 5, 8]), half_of_first_even(&[1]));
    println!("{:?} {:?}", sum_pair(&[2], &[4, 6]), sum_pair(&[2], &[5]));
    let check = |xs: &[i32]| -> Option<i32> { Some(first_even(xs)? * 10) };
    println!("{:?} {:?}", check(&[7, 12]), check(&[7]));
    println!("{:?}", ParseError::Empty);
}

// CHECK:STDOUT: Ok(123)
// CHECK:STDOUT: Err(BadDigit('x'))
// CHECK:STDOUT: Err(Overflow)
// CHECK:STDOUT: Some(4) None
// CHECK:STDOUT: Some(6) None
// CHECK:STDOUT: Some(120) None
// CHECK:STDOUT: Empty
