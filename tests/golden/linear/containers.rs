// Linear values inside structs, tuples, arrays, `Option` and `Box`: each
// part is consumed, or the whole is taken apart by a pattern.
#[wasm::linear]
struct Token(u32);

impl Token {
    fn spend(self) -> u32 {
        let Token(n) = self;
        n
    }
}

struct Wrapper<T> {
    inner: T,
    tag: u8,
}

struct Pair {
    left: Token,
    right: Token,
    label: &'static str,
}

#[wasm::linear]
enum Slot {
    Empty,
    Full(Token),
}

fn spend_slot(s: Slot) -> u32 {
    match s {
        Slot::Empty => 0,
        Slot::Full(t) => t.spend(),
    }
}

fn spend_opt(o: Option<Token>) -> u32 {
    match o {
        Some(t) => t.spend(),
        None => 0,
    }
}

fn main() {
    let p = Pair { left: Token(1), right: Token(2), label: "pair" };
    let a = p.left.spend();
    let b = p.right.spend();
    println!("{} {} {}", p.label, a, b);

    let (x, y) = (Token(3), Token(4));
    println!("{}", x.spend() + y.spend());

    let [t1, t2] = [Token(5), Token(6)];
    println!("{}", t1.spend() * t2.spend());

    println!("{} {}", spend_opt(Some(Token(7))), spend_opt(None));
    println!("{} {}", spend_slot(Slot::Full(Token(8))), spend_slot(Slot::Empty));

    let boxed = Box::new(Token(9));
    println!("{}", (*boxed).spend());

    let maybe = Some(Token(10));
    println!("{}", maybe.unwrap().spend());

    let w = Wrapper { inner: Token(11), tag: 1 };
    println!("{} {}", w.tag, w.inner.spend());
}

// CHECK:STDOUT: pair 1 2
// CHECK:STDOUT: 7
// CHECK:STDOUT: 30
// CHECK:STDOUT: 7 0
// CHECK:STDOUT: 8 0
// CHECK:STDOUT: 9
// CHECK:STDOUT: 10
// CHECK:STDOUT: 1 11
