// Range patterns, `@` bindings, or-patterns and guards: grading scores and
// classifying characters.
fn grade(score: u32) -> char {
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        60..=69 => 'D',
        s @ 0..=59 if s % 10 == 9 => 'E',
        0..=59 => 'F',
        _ => '?',
    }
}

fn classify(c: char) -> &'static str {
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' | 'A' | 'E' | 'I' | 'O' | 'U' => "vowel",
        'a'..='z' | 'A'..='Z' => "consonant",
        '0'..='9' => "digit",
        ' ' | '\t' | '\n' => "space",
        _ => "symbol",
    }
}

fn describe(n: i64) -> &'static str {
    match n {
        i64::MIN..=-1 => "negative",
        0 => "zero",
        x @ 1..=9 if x % 2 == 1 => "small odd",
        1..=9 => "small even",
        _ => "large",
    }
}

fn main() {
    for s in [100, 95, 85, 72, 61, 59, 42, 101] {
        println!("{} -> {}", s, grade(s));
    }
    let text = ['H', 'i', ' ', '2', ' ', 'U', '!', '\t', 'z'];
    for c in text {
        println!("{:?} is a {}", c, classify(c));
    }
    for n in [-7, 0, 3, 4, 12] {
        println!("{} is {}", n, describe(n));
    }
}

// CHECK:STDOUT: 100 -> A
// CHECK:STDOUT: 95 -> A
// CHECK:STDOUT: 85 -> B
// CHECK:STDOUT: 72 -> C
// CHECK:STDOUT: 61 -> D
// CHECK:STDOUT: 59 -> E
// CHECK:STDOUT: 42 -> F
// CHECK:STDOUT: 101 -> ?
// CHECK:STDOUT: 'H' is a consonant
// CHECK:STDOUT: 'i' is a vowel
// CHECK:STDOUT: ' ' is a space
// CHECK:STDOUT: '2' is a digit
// CHECK:STDOUT: ' ' is a space
// CHECK:STDOUT: 'U' is a vowel
// CHECK:STDOUT: '!' is a symbol
// CHECK:STDOUT: '\t' is a space
// CHECK:STDOUT: 'z' is a consonant
// CHECK:STDOUT: -7 is negative
// CHECK:STDOUT: 0 is zero
// CHECK:STDOUT: 3 is small odd
// CHECK:STDOUT: 4 is small even
// CHECK:STDOUT: 12 is large
