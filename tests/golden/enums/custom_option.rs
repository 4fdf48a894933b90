// A hand-written optional integer: `if let`, `while let` and methods that
// match on `self`, the way Option works.
#[derive(Debug, Clone, Copy, PartialEq)]
enum MaybeInt {
    Nothing,
    Just(i32),
}

impl MaybeInt {
    fn unwrap_or(self, default: i32) -> i32 {
        match self {
            MaybeInt::Just(v) => v,
            MaybeInt::Nothing => default,
        }
    }

    fn map_double(self) -> MaybeInt {
        match self {
            MaybeInt::Just(v) => MaybeInt::Just(v * 2),
            MaybeInt::Nothing => MaybeInt::Nothing,
        }
    }

    fn is_just(&self) -> bool {
        matches!(self, MaybeInt::Just(_))
    }
}

struct Stack {
    items: [i32; 8],
    len: usize,
}

impl Stack {
    fn push(&mut self, v: i32) {
        self.items[self.len] = v;
        self.len += 1;
    }

    fn pop(&mut self) -> MaybeInt {
        if self.len == 0 {
            return MaybeInt::Nothing;
        }
        self.len -= 1;
        MaybeInt::Just(self.items[self.len])
    }
}

fn find(haystack: &[i32], needle: i32) -> MaybeInt {
    for (i, &x) in haystack.iter().enumerate() {
        if x == needle {
            return MaybeInt::Just(i as i32);
        }
    }
    MaybeInt::Nothing
}

fn main() {
    let data = [5, 8, 13, 21];
    if let MaybeInt::Just(i) = find(&data, 13) {
        println!("13 is at {}", i);
    }
    if let MaybeInt::Just(i) = find(&data, 4) {
        println!("4 is at {}", i);
    } else {
        println!("4 is missing");
    }
    println!("{:?} {:?}", find(&data, 21).map_double(), find(&data, 0).map_double());
    println!("{} {}", find(&data, 8).unwrap_or(-1), find(&data, 9).unwrap_or(-1));
    let mut stack = Stack { items: [0; 8], len: 0 };
    for v in 1..=5 {
        stack.push(v * v);
    }
    let mut total = 0;
    while let MaybeInt::Just(v) = stack.pop() {
        println!("popped {}", v);
        total += v;
    }
    println!("total {} empty {}", total, !stack.pop().is_just());
}

// CHECK:STDOUT: 13 is at 2
// CHECK:STDOUT: 4 is missing
// CHECK:STDOUT: Just(6) Nothing
// CHECK:STDOUT: 1 -1
// CHECK:STDOUT: popped 25
// CHECK:STDOUT: popped 16
// CHECK:STDOUT: popped 9
// CHECK:STDOUT: popped 4
// CHECK:STDOUT: popped 1
// CHECK:STDOUT: total 55 empty true
