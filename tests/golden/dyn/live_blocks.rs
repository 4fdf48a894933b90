// Every block a Box<dyn Trait> owns is freed when it is dropped.
trait Counter {
    fn bump(&mut self) -> usize;
}

struct Small {
    n: usize,
}

struct Big {
    items: Vec<u64>,
    name: String,
}

impl Counter for Small {
    fn bump(&mut self) -> usize {
        self.n += 1;
        self.n
    }
}

impl Counter for Big {
    fn bump(&mut self) -> usize {
        self.items.push(self.items.len() as u64);
        self.name.push('!');
        self.items.len() + self.name.len()
    }
}

fn main() {
    let before = wasm::heap::live_blocks();
    {
        let mut all: Vec<Box<dyn Counter>> = Vec::new();
        for i in 0..10 {
            if i % 2 == 0 {
                all.push(Box::new(Small { n: i }));
            } else {
                all.push(Box::new(Big { items: Vec::new(), name: String::from("b") }));
            }
        }
        let mut sum = 0;
        for _ in 0..3 {
            for c in all.iter_mut() {
                sum += c.bump();
            }
        }
        println!("sum {}", sum);
        println!("live while in use: {}", wasm::heap::live_blocks() - before);
    }
    println!("live after: {}", wasm::heap::live_blocks() - before);
}

// CHECK:STDOUT: sum 165
// CHECK:STDOUT: live while in use: 21
// CHECK:STDOUT: live after: 0
