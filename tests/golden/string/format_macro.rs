// `format!` builds a String with every formatting option println! has,
// `to_string` on numbers, chars, bools and strings, and long results that
// pass through the format buffer more than once.
#[derive(Debug)]
struct Pair(i32, f64);

fn describe(n: i64) -> String {
    if n < 0 {
        format!("minus {}", -n)
    } else {
        format!("{:+}", n)
    }
}

fn main() {
    let a = format!("{}-{}", 1, "two");
    let b = format!("{:>8}|{:<6}|{:^7}|", "r", 42, 'c');
    let c = format!("{:08.3} {:x} {:#b} {:e}", 3.14159, 255, 5, 1234.5);
    let d = format!("{:?} {:#?}", Pair(1, 0.5), (1, "x"));
    println!("{}\n{}\n{}\n{}", a, b, c, d);
    println!("{} {} {}", describe(-5), describe(7), format!("plain"));
    let n = 12345;
    let s = n.to_string() + "/" + &(-8i8).to_string() + "/" + &'é'.to_string() + "/" + &"str".to_string();
    println!("{} {}", s, s.len());
    let mut long = String::new();
    for i in 0..3000 {
        long += &format!("{},", i % 10);
    }
    let big = format!("<{}>", long);
    println!("{} {} {}", long.len(), big.len(), &big[big.len() - 6..]);
    let nested = format!("{}{}", format!("[{}]", 1), format!("({})", format!("{}", 2)));
    println!("{}", nested);
}

// CHECK:STDOUT: 1-two
// CHECK:STDOUT:        r|42    |   c   |
// CHECK:STDOUT: 0003.142 ff 0b101 1.2345e3
// CHECK:STDOUT: Pair(1, 0.5) (
// CHECK:STDOUT:     1,
// CHECK:STDOUT:     "x",
// CHECK:STDOUT: )
// CHECK:STDOUT: minus 5 +7 plain
// CHECK:STDOUT: 12345/-8/é/str 15
// CHECK:STDOUT: 6000 6002 ,8,9,>
// CHECK:STDOUT: [1](2)
