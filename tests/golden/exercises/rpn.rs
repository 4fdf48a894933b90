// A reverse-Polish calculator: tokens as an enum, a Vec as the stack,
// errors as an enum with Display.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    Num(i64),
    Op(char),
}

#[derive(Debug)]
enum CalcError {
    StackUnderflow(char),
    DivideByZero,
    BadToken(String),
    Leftover(usize),
}

impl fmt::Display for CalcError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            CalcError::StackUnderflow(op) => write!(f, "not enough operands for '{}'", op),
            CalcError::DivideByZero => write!(f, "division by zero"),
            CalcError::BadToken(t) => write!(f, "cannot read token {:?}", t),
            CalcError::Leftover(n) => write!(f, "{} values left on the stack", n),
        }
    }
}

fn tokenize(src: &str) -> Result<Vec<Token>, CalcError> {
    let mut tokens = Vec::new();
    for word in src.split_whitespace() {
        if word == "+" || word == "-" || word == "*" || word == "/" {
            tokens.push(Token::Op(word.chars().next().unwrap()));
        } else {
            match word.parse::<i64>() {
                Ok(n) => tokens.push(Token::Num(n)),
                Err(_) => return Err(CalcError::BadToken(word.to_string())),
            }
        }
    }
    Ok(tokens)
}

fn eval(tokens: &[Token]) -> Result<i64, CalcError> {
    let mut stack: Vec<i64> = Vec::new();
    for &t in tokens {
        match t {
            Token::Num(n) => stack.push(n),
            Token::Op(op) => {
                let b = stack.pop().ok_or(CalcError::StackUnderflow(op))?;
                let a = stack.pop().ok_or(CalcError::StackUnderflow(op))?;
                let v = match op {
                    '+' => a + b,
                    '-' => a - b,
                    '*' => a * b,
                    _ => {
                        if b == 0 {
                            return Err(CalcError::DivideByZero);
                        }
                        a / b
                    }
                };
                stack.push(v);
            }
        }
    }
    if stack.len() != 1 {
        return Err(CalcError::Leftover(stack.len()));
    }
    Ok(stack[0])
}

fn main() {
    let programs = ["3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 3 4", "1 +", "4 0 /", "7 x *", "100 7 /"];
    for p in programs {
        let result = tokenize(p).and_then(|t| eval(&t));
        match result {
            Ok(v) => println!("{:<20} = {}", p, v),
            Err(e) => println!("{:<20} ! {}", p, e),
        }
    }
    println!("{:?}", tokenize("1 2 +").unwrap());
}

// CHECK:STDOUT: 3 4 + 2 *            = 14
// CHECK:STDOUT: 5 1 2 + 4 * + 3 -    = 14
// CHECK:STDOUT: 2 3 4                ! 3 values left on the stack
// CHECK:STDOUT: 1 +                  ! not enough operands for '+'
// CHECK:STDOUT: 4 0 /                ! division by zero
// CHECK:STDOUT: 7 x *                ! cannot read token "x"
// CHECK:STDOUT: 100 7 /              = 14
// CHECK:STDOUT: [Num(1), Num(2), Op('+')]
