// The Iterator trait: a program's own iterators (one yielding Strings),
// for loops over them (owned, through &mut, with enumerate), next() called
// directly and in generic code bounded by Iterator<Item = u32>.
struct Counter { n: u32, limit: u32 }
impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n < self.limit { self.n += 1; Some(self.n) } else { None }
    }
}
struct Words { text: String, pos: usize }
impl Iterator for Words {
    type Item = String;
    fn next(&mut self) -> Option<String> {
        let bytes = self.text.as_bytes();
        while self.pos < bytes.len() && bytes[self.pos] == b' ' { self.pos += 1; }
        if self.pos >= bytes.len() { return None; }
        let start = self.pos;
        while self.pos < bytes.len() && bytes[self.pos] != b' ' { self.pos += 1; }
        Some(self.text[start..self.pos].to_string())
    }
}
fn total<I: Iterator<Item = u32>>(it: I) -> u32 {
    let mut s = 0;
    for x in it { s += x; }
    s
}
fn first_two<I: Iterator<Item = u32>>(mut it: I) -> (Option<u32>, Option<u32>) {
    let a = it.next();
    let b = it.next();
    (a, b)
}
fn main() {
    for x in (Counter { n: 0, limit: 3 }) { print!("{} ", x); }
    println!();
    let mut c = Counter { n: 5, limit: 8 };
    println!("{:?}", c.next());
    for x in &mut c { println!("{}", x); }
    let d = Counter { n: 0, limit: 2 };
    for (i, x) in d.enumerate() { println!("{} {}", i, x); }
    println!("{:?} {}", c.next(), total(Counter { n: 0, limit: 10 }));
    println!("{:?}", first_two(Counter { n: 1, limit: 2 }));
    let w = Words { text: String::from("  the quick  brown fox "), pos: 0 };
    for word in w { print!("[{}]", word); }
    println!();
}

// CHECK:STDOUT: 1 2 3 
// CHECK:STDOUT: Some(6)
// CHECK:STDOUT: 7
// CHECK:STDOUT: 8
// CHECK:STDOUT: 0 1
// CHECK:STDOUT: 1 2
// CHECK:STDOUT: None 55
// CHECK:STDOUT: (Some(2), None)
// CHECK:STDOUT: [the][quick][brown][fox]
