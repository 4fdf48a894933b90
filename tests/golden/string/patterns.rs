// str methods that take a pattern (a char, a &str, a &String or a closure):
// split and its variants, split_once, find/rfind, matches, starts_with,
// strip_prefix/suffix and trim_*_matches.
fn main() {
    let csv = "name,age,,city,";
    let fields: Vec<&str> = csv.split(',').collect();
    println!("{:?} {}", fields, fields.len());
    println!("{:?}", "a--b--c".split("--").collect::<Vec<_>>());
    println!("{:?}", "abc".split("").collect::<Vec<_>>());
    println!("{:?}", "".split(',').collect::<Vec<_>>());
    println!("{:?}", "k=v=w".splitn(2, '=').collect::<Vec<_>>());
    println!("{:?}", "a;b;c;".split_terminator(';').collect::<Vec<_>>());
    println!("{:?}", "hello, wörld! 42".split(|c: char| !c.is_alphanumeric()).collect::<Vec<_>>());
    println!("{:?} {:?}", "key: value".split_once(": "), "novalue".split_once(':'));
    let line = "x=1;y=22;z=333";
    for pair in line.split(';') {
        if let Some((k, v)) = pair.split_once('=') {
            let n: usize = v.parse().unwrap();
            println!("{} -> {} ({} digits)", k, n, v.len());
        }
    }
    let text = "the cat sat on the mat";
    println!("{:?} {:?} {:?}", text.find("at"), text.rfind("at"), text.find('z'));
    println!("{:?} {:?}", text.find(|c: char| c.is_whitespace()), text.rfind(|c: char| c == 't'));
    println!("{}", text.matches("at").count());
    println!("{:?}", "a1b22c333".matches(|c: char| c.is_numeric()).collect::<Vec<_>>());
    let needle = String::from("sat");
    println!("{} {} {}", text.contains(&needle), text.contains('q'), text.contains("on the"));
    println!("{} {} {}", text.starts_with("the"), text.starts_with('t'), text.ends_with('t'));
    println!("{} {}", text.ends_with("mat"), text.starts_with(|c: char| c.is_uppercase()));
    println!("{:?} {:?}", "v1.2.3".strip_prefix('v'), "v1.2.3".strip_prefix("x"));
    println!("{:?} {:?}", "file.rs".strip_suffix(".rs"), "file.rs".strip_suffix(".c"));
    println!("[{}] [{}]", "--==title==--".trim_matches('-'), "xxabxx".trim_start_matches('x'));
    println!("[{}] [{}]", "123abc456".trim_end_matches(|c: char| c.is_numeric()), "ababcab".trim_start_matches("ab"));
    println!("[{}]", "  padded\t".trim_matches(|c: char| c == ' ' || c == '\t'));
    let words: Vec<String> = "Hello World Foo".split(' ').map(|w| w.to_lowercase()).collect();
    println!("{}", words.join("_"));
}

// CHECK:STDOUT: ["name", "age", "", "city", ""] 5
// CHECK:STDOUT: ["a", "b", "c"]
// CHECK:STDOUT: ["", "a", "b", "c", ""]
// CHECK:STDOUT: [""]
// CHECK:STDOUT: ["k", "v=w"]
// CHECK:STDOUT: ["a", "b", "c"]
// CHECK:STDOUT: ["hello", "", "wörld", "", "42"]
// CHECK:STDOUT: Some(("key", "value")) None
// CHECK:STDOUT: x -> 1 (1 digits)
// CHECK:STDOUT: y -> 22 (2 digits)
// CHECK:STDOUT: z -> 333 (3 digits)
// CHECK:STDOUT: Some(5) Some(20) None
// CHECK:STDOUT: Some(3) Some(21)
// CHECK:STDOUT: 3
// CHECK:STDOUT: ["1", "2", "2", "3", "3", "3"]
// CHECK:STDOUT: true false true
// CHECK:STDOUT: true true true
// CHECK:STDOUT: true false
// CHECK:STDOUT: Some("1.2.3") None
// CHECK:STDOUT: Some("file") None
// CHECK:STDOUT: [==title==] [abxx]
// CHECK:STDOUT: [123abc] [cab]
// CHECK:STDOUT: [padded]
// CHECK:STDOUT: hello_world_foo
