// Everyday Rust in one program: trait objects with a default method, a
// derived Hash/Ord key with operator overloading, an Rc<RefCell> tree, a
// FromStr parser with slice patterns and `?` through ok_or/ok_or_else,
// a Display impl with write!, grids of chars, flatten, and partition of
// references and of owned values.
use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;
use std::cell::RefCell;

trait Shape { fn area(&self) -> f64; fn name(&self) -> String { "shape".to_string() } }
struct Circle { r: f64 }
struct Rect { w: f64, h: f64 }
impl Shape for Circle { fn area(&self) -> f64 { std::f64::consts::PI * self.r * self.r } fn name(&self) -> String { format!("circle({})", self.r) } }
impl Shape for Rect { fn area(&self) -> f64 { self.w * self.h } }

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Pos { x: i32, y: i32 }
impl std::ops::Add for Pos { type Output = Pos; fn add(self, o: Pos) -> Pos { Pos { x: self.x + o.x, y: self.y + o.y } } }

#[derive(Debug)]
struct Node { val: i32, children: Vec<Rc<RefCell<Node>>> }

fn sum_tree(n: &Rc<RefCell<Node>>) -> i32 {
    let node = n.borrow();
    node.val + node.children.iter().map(sum_tree).sum::<i32>()
}

#[derive(Debug)]
enum Cmd { Push(i64), Pop, Add, Mul, Dup }

impl std::str::FromStr for Cmd {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let parts: Vec<&str> = s.split(' ').collect();
        match parts.as_slice() {
            ["push", n] => n.parse().map(Cmd::Push).map_err(|_| format!("bad number: {}", n)),
            ["pop"] => Ok(Cmd::Pop),
            ["add"] => Ok(Cmd::Add),
            ["mul"] => Ok(Cmd::Mul),
            ["dup"] => Ok(Cmd::Dup),
            _ => Err(format!("unknown: {}", s)),
        }
    }
}

struct Stack(Vec<i64>);
impl fmt::Display for Stack {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[")?;
        for (i, v) in self.0.iter().enumerate() { if i > 0 { write!(f, " ")?; } write!(f, "{}", v)?; }
        write!(f, "]")
    }
}

fn run(prog: &str) -> Result<Stack, String> {
    let mut st = Stack(Vec::new());
    for line in prog.lines() {
        let cmd: Cmd = line.trim().parse()?;
        match cmd {
            Cmd::Push(n) => st.0.push(n),
            Cmd::Pop => { st.0.pop().ok_or("empty")?; }
            Cmd::Add | Cmd::Mul => {
                let (b, a) = (st.0.pop().ok_or("underflow")?, st.0.pop().ok_or("underflow")?);
                st.0.push(if let Cmd::Add = cmd { a + b } else { a * b });
            }
            Cmd::Dup => { let t = *st.0.last().ok_or_else(|| "empty".to_string())?; st.0.push(t); }
        }
    }
    Ok(st)
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 1.5 }), Box::new(Rect { w: 2.0, h: 3.5 })];
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    for s in &shapes { println!("{} {:.3}", s.name(), s.area()); }
    println!("total {:.2}", total);
    let mut visits: HashMap<Pos, u32> = HashMap::new();
    let mut p = Pos::default();
    for d in [Pos { x: 1, y: 0 }, Pos { x: 0, y: 1 }, Pos { x: -1, y: 0 }, Pos { x: 0, y: -1 }, Pos { x: 1, y: 0 }] {
        p = p + d;
        *visits.entry(p).or_insert(0) += 1;
    }
    let mut keys: Vec<_> = visits.keys().copied().collect();
    keys.sort();
    println!("{:?} max={:?}", keys, keys.iter().max());
    let leaf = |v| Rc::new(RefCell::new(Node { val: v, children: vec![] }));
    let root = Rc::new(RefCell::new(Node { val: 1, children: vec![leaf(2), leaf(3)] }));
    root.borrow().children[0].borrow_mut().children.push(leaf(10));
    println!("sum {}", sum_tree(&root));
    println!("rc {}", Rc::strong_count(&root));
    for prog in ["push 2\npush 3\nadd\ndup\nmul", "push 1\nadd", "push x", "jump"] {
        match run(prog) { Ok(s) => println!("ok {}", s), Err(e) => println!("err {}", e) }
    }
    let mut grid = vec![vec!['.'; 5]; 3];
    grid[1][2] = '#';
    let s: Vec<String> = grid.iter().map(|r| r.iter().collect()).collect();
    println!("{}", s.join("\n"));
    let nested: Vec<Vec<i32>> = (1..4).map(|i| (0..i).collect()).collect();
    let flat: Vec<i32> = nested.into_iter().flatten().collect();
    println!("{:?}", flat);
    let words = ["apple", "Bob", "cat"];
    let caps: Vec<String> = words.iter().filter(|w| w.chars().next().map_or(false, |c| c.is_uppercase())).map(|w| w.to_lowercase()).collect();
    println!("{:?}", caps);
    let data = [3, 1, 4, 1, 5, 9, 2, 6];
    let (evens, odds): (Vec<i32>, Vec<i32>) = data.iter().partition(|&&x| x % 2 == 0);
    println!("{:?} {:?} {}", evens, odds, data.windows(2).filter(|w| w[0] < w[1]).count());
    let names = vec![String::from("ann"), String::from("Bea"), String::from("cy")];
    let (upper, lower): (Vec<String>, Vec<String>) =
        names.into_iter().partition(|n| n.starts_with(char::is_uppercase));
    println!("{:?} {:?}", upper, lower);
}

// CHECK:STDOUT: circle(1.5) 7.069
// CHECK:STDOUT: shape 7.000
// CHECK:STDOUT: total 14.07
// CHECK:STDOUT: [Pos { x: 0, y: 0 }, Pos { x: 0, y: 1 }, Pos { x: 1, y: 0 }, Pos { x: 1, y: 1 }] max=Some(Pos { x: 1, y: 1 })
// CHECK:STDOUT: sum 16
// CHECK:STDOUT: rc 1
// CHECK:STDOUT: ok [25]
// CHECK:STDOUT: err underflow
// CHECK:STDOUT: err bad number: x
// CHECK:STDOUT: err unknown: jump
// CHECK:STDOUT: .....
// CHECK:STDOUT: ..#..
// CHECK:STDOUT: .....
// CHECK:STDOUT: [0, 0, 1, 0, 1, 2]
// CHECK:STDOUT: ["bob"]
// CHECK:STDOUT: [4, 2, 6] [3, 1, 1, 5, 9] 4
// CHECK:STDOUT: ["Bea"] ["ann", "cy"]
