// Everything a round of work allocates is freed: structs of Strings and Vecs,
// clones, a Vec consumed by a loop with a break, a Box linked list popped by
// while let, matches that move, vec![v; n] of Strings, Box<Vec<Box<String>>>
// moved out of its box, format!, join, mem::replace. live_blocks() is 0 after.
use wasm::heap;

#[derive(Debug, Clone, PartialEq)]
struct Person { name: String, tags: Vec<String>, age: u32 }

struct Stack { head: Option<Box<Node>>, len: usize }
struct Node { value: String, next: Option<Box<Node>> }

impl Stack {
    fn new() -> Stack { Stack { head: None, len: 0 } }
    fn push(&mut self, value: String) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { value: value, next: old }));
        self.len += 1;
    }
    fn pop(&mut self) -> Option<String> {
        match self.head.take() {
            Some(node) => {
                self.head = node.next;
                self.len -= 1;
                Some(node.value)
            }
            None => None,
        }
    }
}

fn longest(words: &[String]) -> String {
    let mut best = String::new();
    for w in words {
        if w.len() > best.len() {
            best = w.clone();
        }
    }
    best
}

fn build(n: usize) -> Vec<Person> {
    let mut out = Vec::new();
    for i in 0..n {
        let name = format!("p{}", i);
        let mut tags = Vec::new();
        for t in 0..i % 3 {
            tags.push(t.to_string());
        }
        out.push(Person { name: name, tags: tags, age: i as u32 });
    }
    out
}

fn step() {
    let people = build(20);
    let copy = people.clone();
    assert_eq!(people, copy);
    println!("live while working: {}", heap::live_blocks());
    let mut names: Vec<String> = Vec::new();
    for p in people {
        if p.age == 15 { break; }
        names.push(p.name);
    }
    let l = longest(&names);
    let mut total = String::new();
    for n in &names { total += n; total.push(','); }
    let mut st = Stack::new();
    for n in names { st.push(n); }
    let mut popped = 0;
    while let Some(s) = st.pop() {
        popped += s.len();
        if popped > 20 { break; }
    }
    let opt = Some(String::from("x"));
    let y = match opt { Some(v) => v + "!", None => String::new() };
    let pair = (String::from("a"), vec![1, 2, 3]);
    let (first, _) = pair;
    let mut grid = vec![vec![String::new(); 3]; 2];
    grid[1][2] = String::from("set");
    grid[0] = vec![String::from("row")];
    let boxed: Box<Vec<Box<String>>> = Box::new(vec![Box::new("in".to_string())]);
    let mut moved = *boxed;
    moved.push(Box::new(y));
    let mut sorted = vec![5, 3, 1];
    sorted.sort();
    let text = format!("{} {} {} {:?} {:?} {:?}", l, total.len(), first, grid, moved, st.len);
    if text.len() == 0 { println!("never"); }
    let mut acc = Vec::new();
    let mut i = 0;
    loop {
        let s = i.to_string();
        if i % 2 == 0 { acc.push(s); } else if i > 10 { break; }
        i += 1;
    }
    let joined = acc.join("-");
    let _ = joined.len();
    let t = std::mem::replace(&mut acc, Vec::new());
    drop_it(t);
}

fn drop_it(v: Vec<String>) { let _n = v.len(); }

fn main() {
    let before = heap::live_blocks();
    step();
    step();
    println!("live after: {} (before {})", heap::live_blocks(), before);
}

// CHECK:STDOUT: live while working: 106
// CHECK:STDOUT: live while working: 106
// CHECK:STDOUT: live after: 0 (before 0)
