// Functions as values where a closure is expected: the program's own fns,
// tuple struct and variant constructors, associated fns, methods of
// primitives and of str through their type, and trait methods.
use std::collections::HashMap;

#[derive(Debug)]
struct Meters(f64);

#[derive(Debug)]
enum Token {
    Num(i64),
    Word(String),
}

fn double(x: i32) -> i32 {
    x * 2
}

fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn is_even(x: &i32) -> bool {
    x % 2 == 0
}

fn classify(s: &str) -> Token {
    match s.parse() {
        Ok(n) => Token::Num(n),
        Err(_) => Token::Word(String::from(s)),
    }
}

impl Meters {
    fn from_feet(feet: f64) -> Meters {
        Meters(feet * 0.3048)
    }
}

fn main() {
    let v = vec![3, -1, 4, -1, 5];
    let doubled: Vec<i32> = v.iter().cloned().map(double).collect();
    let evens: Vec<&i32> = v.iter().filter(|x| is_even(x)).collect();
    let evens2: Vec<i32> = v.iter().cloned().filter(is_even).collect();
    let total = v.iter().cloned().fold(0, add);
    let abs: Vec<i32> = v.iter().cloned().map(i32::abs).collect();
    println!("{:?} {:?} {:?} {} {:?}", doubled, evens, evens2, total, abs);

    let some: Vec<Option<i32>> = v.iter().cloned().map(Some).collect();
    let oks: Vec<Result<i32, String>> = vec![1, 2].into_iter().map(Ok).collect();
    let lens: Vec<Meters> = vec![1.0, 10.0].into_iter().map(Meters).collect();
    let feet: Vec<Meters> = vec![3.0].into_iter().map(Meters::from_feet).collect();
    println!("{:?} {:?} {:?} {:.3}", some, oks, lens, feet[0].0);

    let text = "hello 42 World 7";
    let tokens: Vec<Token> = text.split_whitespace().map(classify).collect();
    let owned: Vec<String> = text.split_whitespace().map(String::from).collect();
    let shown: Vec<String> = text.split_whitespace().map(str::to_string).collect();
    let lens: Vec<usize> = text.split_whitespace().map(str::len).collect();
    let trimmed: Vec<&str> = vec![" a ", "b  "].into_iter().map(str::trim).collect();
    println!("{:?}", tokens);
    println!("{:?} {:?} {:?} {:?}", owned, shown, lens, trimmed);

    let digits = text.chars().filter(char::is_ascii_digit).count();
    let alpha: String = text.chars().filter(|c| char::is_alphabetic(*c)).collect();
    let upper: Vec<bool> = "aB".chars().map(char::is_uppercase).collect();
    let words: Vec<&str> = "a b\tc".split(char::is_whitespace).collect();
    let as_text: Vec<String> = [1, 2].iter().map(ToString::to_string).collect();
    println!("{} {} {:?} {:?} {:?}", digits, alpha, upper, words, as_text);

    let mut groups: HashMap<bool, Vec<i32>> = HashMap::new();
    for x in v {
        groups.entry(x > 0).or_insert_with(Vec::new).push(x);
    }
    let f = double;
    println!("{:?} {:?} {}", groups.get(&true), groups.get(&false), f(21));
    let n = &5i32;
    println!("{:?} {}", n.checked_add(1), (&'x').is_alphabetic());
}

// CHECK:STDOUT: [6, -2, 8, -2, 10] [4] [4] 10 [3, 1, 4, 1, 5]
// CHECK:STDOUT: [Some(3), Some(-1), Some(4), Some(-1), Some(5)] [Ok(1), Ok(2)] [Meters(1.0), Meters(10.0)] 0.914
// CHECK:STDOUT: [Word("hello"), Num(42), Word("World"), Num(7)]
// CHECK:STDOUT: ["hello", "42", "World", "7"] ["hello", "42", "World", "7"] [5, 2, 5, 1] ["a", "b"]
// CHECK:STDOUT: 3 helloWorld [false, true] ["a", "b", "c"] ["1", "2"]
// CHECK:STDOUT: Some([3, 4, 5]) Some([-1, -1]) 42
// CHECK:STDOUT: Some(6) true
