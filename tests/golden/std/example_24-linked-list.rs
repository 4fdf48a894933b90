// Box: a singly linked stack of Strings (push, pop, peek, reverse) and a
// recursive expression tree evaluated and printed. Every node is freed when
// its owner goes away; nothing here calls free by hand.
struct Node {
    value: String,
    next: Option<Box<Node>>,
}

struct Stack {
    head: Option<Box<Node>>,
    len: usize,
}

impl Stack {
    fn new() -> Stack {
        Stack { head: None, len: 0 }
    }

    fn push(&mut self, value: &str) {
        let next = self.head.take();
        self.head = Some(Box::new(Node { value: value.to_string(), next: next }));
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

    fn peek(&self) -> Option<&str> {
        match &self.head {
            Some(node) => Some(&node.value),
            None => None,
        }
    }

    fn reverse(&mut self) {
        let mut done: Option<Box<Node>> = None;
        while let Some(mut node) = self.head.take() {
            self.head = node.next.take();
            node.next = done;
            done = Some(node);
        }
        self.head = done;
    }

    fn describe(&self) -> String {
        let mut out = String::from("[");
        let mut cur = &self.head;
        while let Some(node) = cur {
            if out.len() > 1 {
                out += " -> ";
            }
            out += &node.value;
            cur = &node.next;
        }
        out + "]"
    }
}

#[derive(Debug)]
enum Expr {
    Num(i64),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
}

fn eval(e: &Expr) -> i64 {
    match e {
        Expr::Num(n) => *n,
        Expr::Add(a, b) => eval(a) + eval(b),
        Expr::Mul(a, b) => eval(a) * eval(b),
        Expr::Neg(a) => -eval(a),
    }
}

fn show(e: &Expr) -> String {
    match e {
        Expr::Num(n) => n.to_string(),
        Expr::Add(a, b) => format!("({} + {})", show(a), show(b)),
        Expr::Mul(a, b) => format!("{} * {}", show(a), show(b)),
        Expr::Neg(a) => format!("-{}", show(a)),
    }
}

fn main() {
    let mut stack = Stack::new();
    for word in ["alpha", "beta", "gamma", "delta"] {
        stack.push(word);
    }
    println!("{} items, top {:?}: {}", stack.len, stack.peek(), stack.describe());
    stack.reverse();
    println!("reversed: {}", stack.describe());
    let first = stack.pop();
    println!("popped {:?}, now {}", first, stack.describe());

    let e = Expr::Add(
        Box::new(Expr::Num(2)),
        Box::new(Expr::Mul(Box::new(Expr::Num(3)), Box::new(Expr::Neg(Box::new(Expr::Num(4)))))),
    );
    println!("{} = {}", show(&e), eval(&e));
    println!("{:?}", e);
}

// CHECK:STDOUT: 4 items, top Some("delta"): [delta -> gamma -> beta -> alpha]
// CHECK:STDOUT: reversed: [alpha -> beta -> gamma -> delta]
// CHECK:STDOUT: popped Some("alpha"), now [beta -> gamma -> delta]
// CHECK:STDOUT: (2 + 3 * -4) = -10
// CHECK:STDOUT: Add(Num(2), Mul(Num(3), Neg(Num(4))))
