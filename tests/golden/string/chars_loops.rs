// `for c in s.chars()` forwards, reversed and enumerated (multi-byte chars
// decoded as the loop goes), and `s.bytes()`.
fn main() {
    let s = String::from("héllo, wörld €😀");
    let mut n = 0;
    for c in s.chars() { if c.is_ascii_alphabetic() { n += 1; } }
    let mut rev = String::new();
    for c in s.chars().rev() { rev.push(c); }
    for (i, c) in "abc".chars().enumerate() { print!("{}{} ", i, c); }
    println!();
    for (i, c) in s.chars().rev().enumerate() { if i < 3 { print!("{:?} ", c); } }
    println!();
    let mut sum = 0u32;
    for b in "AB".bytes() { sum += b as u32; }
    println!("{} [{}] {}", n, rev, sum);
}

// CHECK:STDOUT: 0a 1b 2c 
// CHECK:STDOUT: '😀' '€' ' ' 
// CHECK:STDOUT: 8 [😀€ dlröw ,olléh] 131
