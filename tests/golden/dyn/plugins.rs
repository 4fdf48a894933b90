// A plugin registry: a Vec<Box<dyn Plugin>> filled at run time, each
// plugin with its own state, called in turn through &mut dyn.
trait Plugin {
    fn name(&self) -> &str;
    fn run(&mut self, input: i64) -> i64;
    fn runs(&self) -> u32;
}

struct Doubler {
    count: u32,
}

struct Adder {
    amount: i64,
    count: u32,
}

struct Logger {
    lines: Vec<String>,
}

impl Plugin for Doubler {
    fn name(&self) -> &str {
        "doubler"
    }
    fn run(&mut self, input: i64) -> i64 {
        self.count += 1;
        input * 2
    }
    fn runs(&self) -> u32 {
        self.count
    }
}

impl Plugin for Adder {
    fn name(&self) -> &str {
        "adder"
    }
    fn run(&mut self, input: i64) -> i64 {
        self.count += 1;
        input + self.amount
    }
    fn runs(&self) -> u32 {
        self.count
    }
}

impl Plugin for Logger {
    fn name(&self) -> &str {
        "logger"
    }
    fn run(&mut self, input: i64) -> i64 {
        self.lines.push(format!("saw {}", input));
        input
    }
    fn runs(&self) -> u32 {
        self.lines.len() as u32
    }
}

fn apply(p: &mut dyn Plugin, x: i64) -> i64 {
    p.run(x)
}

fn make(kind: u32) -> Box<dyn Plugin> {
    if kind == 0 {
        Box::new(Doubler { count: 0 })
    } else if kind == 1 {
        Box::new(Adder { amount: 7, count: 0 })
    } else {
        Box::new(Logger { lines: Vec::new() })
    }
}

fn main() {
    let mut registry: Vec<Box<dyn Plugin>> = Vec::new();
    for k in 0..3 {
        registry.push(make(k));
    }
    registry.push(Box::new(Adder { amount: -3, count: 0 }));
    let mut x = 1;
    for round in 0..3 {
        for p in registry.iter_mut() {
            x = p.run(x);
        }
        println!("round {}: {}", round, x);
    }
    for p in &registry {
        println!("{} ran {} times", p.name(), p.runs());
    }
    let mut d = Doubler { count: 0 };
    let y = apply(&mut d, 21);
    println!("{} {}", y, d.count);
    println!("{}", registry.len());
}

// CHECK:STDOUT: round 0: 6
// CHECK:STDOUT: round 1: 16
// CHECK:STDOUT: round 2: 36
// CHECK:STDOUT: doubler ran 3 times
// CHECK:STDOUT: adder ran 3 times
// CHECK:STDOUT: logger ran 3 times
// CHECK:STDOUT: adder ran 3 times
// CHECK:STDOUT: 42 1
// CHECK:STDOUT: 4
