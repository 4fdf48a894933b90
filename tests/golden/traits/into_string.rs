// `.into()` from a string slice: the by-value lookup finds the blanket Into
// impl for `&str` itself (not for `str` behind it), so `"x".into()` is a
// String wherever a String is expected: a let with a type, an argument, a
// pushed element, an enum field. Also String::from of each source std
// converts from, `to_owned`, the identity conversion, into bytes, and a
// program's own `impl From<&str>`.
#[derive(Debug)]
struct Name {
    text: String,
}

impl From<&str> for Name {
    fn from(s: &str) -> Name {
        Name { text: s.to_uppercase() }
    }
}

struct Celsius(f64);
struct Fahrenheit(f64);

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

fn length(s: String) -> usize {
    s.len()
}

fn greet(who: impl Into<String>) -> String {
    let mut s: String = "hello, ".into();
    let who: String = who.into();
    s.push_str(&who);
    s
}

#[derive(Debug)]
enum Token {
    Word(String),
    Num(i64),
}

fn main() {
    let a: String = "alpha".into();
    let b = String::from("beta");
    let c = "gamma".to_owned();
    let d = String::from('d');
    let e = String::from(&a);
    let f: String = a.clone().into();
    let g = String::from(a.clone());
    let h: String = (&b).into();
    println!("{} {} {} {} {} {} {} {}", a, b, c, d, e, f, g, h);
    println!("{}", length("four".into()));
    let mut v: Vec<String> = Vec::new();
    v.push("pushed".into());
    v.push(String::from("x") + "y");
    println!("{:?}", v);
    let o: Option<String> = Some("some".into());
    println!("{:?}", o);
    let toks = vec![Token::Word("w".into()), Token::Num(3)];
    println!("{:?}", toks);
    println!("{} / {}", greet("ann"), greet(String::from("bo")));
    let n: Name = "bob".into();
    println!("{:?} {:?}", n, Name::from("al"));
    let t: Fahrenheit = Celsius(100.0).into();
    println!("{} {}", t.0, Fahrenheit::from(Celsius(-40.0)).0);
    let bytes: Vec<u8> = "hi".into();
    let more = Vec::from(String::from("ok"));
    println!("{:?} {:?}", bytes, more);
    let same: i32 = 5.into();
    let same2 = i64::from(6i64);
    println!("{} {}", same, same2);
}

// CHECK:STDOUT: alpha beta gamma d alpha alpha alpha beta
// CHECK:STDOUT: 4
// CHECK:STDOUT: ["pushed", "xy"]
// CHECK:STDOUT: Some("some")
// CHECK:STDOUT: [Word("w"), Num(3)]
// CHECK:STDOUT: hello, ann / hello, bo
// CHECK:STDOUT: Name { text: "BOB" } Name { text: "AL" }
// CHECK:STDOUT: 212 -40
// CHECK:STDOUT: [104, 105] [111, 107]
// CHECK:STDOUT: 5 6
