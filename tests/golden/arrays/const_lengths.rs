// Array lengths from consts and const expressions; a ring buffer built on them.
const CAPACITY: usize = 4;
const HISTORY: usize = CAPACITY * 2 + 1;

struct Ring {
    data: [i32; CAPACITY],
    head: usize,
    len: usize,
}

impl Ring {
    fn new() -> Ring {
        Ring { data: [0; CAPACITY], head: 0, len: 0 }
    }

    fn push(&mut self, v: i32) {
        let idx = (self.head + self.len) % CAPACITY;
        self.data[idx] = v;
        if self.len < CAPACITY {
            self.len += 1;
        } else {
            self.head = (self.head + 1) % CAPACITY;
        }
    }

    fn sum(&self) -> i32 {
        let mut s = 0;
        for i in 0..self.len {
            s += self.data[(self.head + i) % CAPACITY];
        }
        s
    }
}

fn main() {
    let mut history = [0i32; HISTORY];
    let mut ring = Ring::new();
    for i in 0..HISTORY {
        ring.push(i as i32 * 3);
        history[i] = ring.sum();
    }
    println!("{:?}", history);
    println!("len {} capacity {}", ring.len, ring.data.len());
}

// CHECK:STDOUT: [0, 3, 9, 18, 30, 42, 54, 66, 78]
// CHECK:STDOUT: len 4 capacity 4
