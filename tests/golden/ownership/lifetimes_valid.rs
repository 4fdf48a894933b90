// Explicit lifetimes decide what a call's result borrows: a parser's
// `source()` returns data it borrows (`'a`), not the parser itself, so the
// parser can move on while the result is used; `first_of` borrows only its
// first argument; a holder keeps the references pushed into it.
struct Parser<'a> {
    src: &'a [u8; 6],
    pos: usize,
}

impl<'a> Parser<'a> {
    fn new(src: &'a [u8; 6]) -> Parser<'a> {
        Parser { src, pos: 0 }
    }
    fn peek(&self) -> u8 {
        self.src[self.pos]
    }
    fn bump(&mut self) {
        self.pos += 1;
    }
    fn source(&self) -> &'a [u8; 6] {
        self.src
    }
    fn current(&self) -> &u8 {
        &self.src[self.pos]
    }
}

fn first_of<'a, 'b>(a: &'a i32, _b: &'b i32) -> &'a i32 {
    a
}

fn longest<'a>(a: &'a [i32; 3], b: &'a [i32; 3]) -> &'a [i32; 3] {
    if a[0] + a[1] + a[2] >= b[0] + b[1] + b[2] {
        a
    } else {
        b
    }
}

struct Holder<'a> {
    items: [Option<&'a i32>; 2],
    len: usize,
}

impl<'a> Holder<'a> {
    fn push(&mut self, r: &'a i32) {
        self.items[self.len] = Some(r);
        self.len += 1;
    }
    fn sum(&self) -> i32 {
        let mut total = 0;
        for item in self.items.iter() {
            if let Some(v) = item {
                total += **v;
            }
        }
        total
    }
}

fn main() {
    let data = [104u8, 101, 108, 108, 111, 33];
    let mut p = Parser::new(&data);
    let all = p.source();
    p.bump();
    p.bump();
    println!("{} {}", p.peek(), all[0]);
    let c = *p.current();
    p.bump();
    println!("{} {}", c, p.pos);

    let x = 1;
    let mut y = 2;
    let f = first_of(&x, &y);
    y += 1;
    println!("{} {}", f, y);

    let small = [1, 2, 3];
    let big = [4, 5, 6];
    let l = longest(&small, &big);
    println!("{:?}", l);

    let a = 5;
    let b = 6;
    let mut h = Holder { items: [None, None], len: 0 };
    h.push(&a);
    h.push(&b);
    println!("{} {}", h.len, h.sum());
}

// CHECK:STDOUT: 108 104
// CHECK:STDOUT: 108 3
// CHECK:STDOUT: 1 3
// CHECK:STDOUT: [4, 5, 6]
// CHECK:STDOUT: 2 11
