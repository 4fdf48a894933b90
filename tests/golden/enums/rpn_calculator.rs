// A reverse-Polish calculator: tokens are an enum with data; evaluation uses
// a fixed-size stack and reports errors as another enum.
#[derive(Debug, Clone, Copy)]
enum Token {
    Num(i64),
    Add,
    Sub,
    Mul,
    Div,
    Dup,
}

#[derive(Debug)]
enum CalcError {
    StackUnderflow { at: usize },
    DivisionByZero { at: usize },
    Leftover(usize),
}

#[derive(Debug)]
enum Outcome {
    Value(i64),
    Failed(CalcError),
}

fn eval(tokens: &[Token]) -> Outcome {
    let mut stack = [0i64; 16];
    let mut len = 0;
    for (i, tok) in tokens.iter().enumerate() {
        match tok {
            Token::Num(n) => {
                stack[len] = *n;
                len += 1;
            }
            Token::Dup => {
                if len == 0 {
                    return Outcome::Failed(CalcError::StackUnderflow { at: i });
                }
                stack[len] = stack[len - 1];
                len += 1;
            }
            op => {
                if len < 2 {
                    return Outcome::Failed(CalcError::StackUnderflow { at: i });
                }
                let b = stack[len - 1];
                let a = stack[len - 2];
                len -= 2;
                let r = match op {
                    Token::Add => a + b,
                    Token::Sub => a - b,
                    Token::Mul => a * b,
                    Token::Div if b == 0 => return Outcome::Failed(CalcError::DivisionByZero { at: i }),
                    Token::Div => a / b,
                    _ => unreachable!(),
                };
                stack[len] = r;
                len += 1;
            }
        }
    }
    match len {
        1 => Outcome::Value(stack[0]),
        n => Outcome::Failed(CalcError::Leftover(n)),
    }
}

fn main() {
    use Token::*;
    let programs: [&[Token]; 5] = [
        &[Num(3), Num(4), Add, Num(5), Mul],
        &[Num(10), Dup, Mul, Num(1), Sub],
        &[Num(1), Add],
        &[Num(8), Num(0), Div],
        &[Num(1), Num(2)],
    ];
    for p in programs {
        match eval(p) {
            Outcome::Value(v) => println!("{:?} = {}", p, v),
            Outcome::Failed(e) => println!("{:?} failed: {:?}", p, e),
        }
    }
}

// CHECK:STDOUT: [Num(3), Num(4), Add, Num(5), Mul] = 35
// CHECK:STDOUT: [Num(10), Dup, Mul, Num(1), Sub] = 99
// CHECK:STDOUT: [Num(1), Add] failed: StackUnderflow { at: 1 }
// CHECK:STDOUT: [Num(8), Num(0), Div] failed: DivisionByZero { at: 2 }
// CHECK:STDOUT: [Num(1), Num(2)] failed: Leftover(2)
