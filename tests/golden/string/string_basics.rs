// String: building, `+`, `+=`, comparisons with &str and String, `&s` as
// `&str`, str methods through deref, slicing, capacity, pop and truncate.
fn count_a(s: &str) -> usize {
    let mut n = 0;
    for b in s.as_bytes() {
        if *b == b'a' {
            n += 1;
        }
    }
    n
}

struct Person {
    name: String,
    city: String,
}

impl Person {
    fn name(&self) -> &str {
        &self.name
    }
}

fn main() {
    let mut s = String::new();
    println!("[{}] {} {}", s, s.len(), s.capacity());
    s.push_str("banana");
    s.push(' ');
    s.push('ß');
    println!("{} {} {} {}", s, s.len(), s.capacity(), count_a(&s));
    let greeting = String::from("Hello") + ", " + "world";
    let mut shout = greeting.clone();
    shout += "!";
    shout += &s;
    println!("{} | {}", greeting, shout);
    println!("{} {} {}", greeting == "Hello, world", "Hello, world" == greeting, greeting != shout);
    let p = Person { name: "Ada".to_string(), city: String::from("London") };
    println!("{} from {} ({} bytes)", p.name(), p.city, p.name.len() + p.city.len());
    let t = &shout[..5];
    let u = &shout[7..];
    println!("{:?} {:?} {}", t, u, shout.as_str().len());
    let mut w = String::from("héllo");
    println!("{:?} {:?}", w.pop(), w);
    w.truncate(1);
    println!("{} {}", w, w.is_empty());
    w.clear();
    println!("{:?} {}", w, w.is_empty());
    let x = 'x'.to_string() + &7.to_string() + &true.to_string() + &2.5.to_string();
    println!("{}", x);
}

// CHECK:STDOUT: [] 0 0
// CHECK:STDOUT: banana ß 9 16 3
// CHECK:STDOUT: Hello, world | Hello, world!banana ß
// CHECK:STDOUT: true true true
// CHECK:STDOUT: Ada from London (9 bytes)
// CHECK:STDOUT: "Hello" "world!banana ß" 22
// CHECK:STDOUT: Some('o') "héll"
// CHECK:STDOUT: h false
// CHECK:STDOUT: "" true
// CHECK:STDOUT: x7true2.5
