// &mut self methods that change state, called through a mutable binding and
// through a &mut parameter.
struct Counter {
    count: u32,
    step: u32,
}

impl Counter {
    fn new(step: u32) -> Counter {
        Counter { count: 0, step }
    }

    fn tick(&mut self) {
        self.count += self.step;
    }

    fn reset(&mut self) -> u32 {
        let old = self.count;
        self.count = 0;
        old
    }

    fn get(&self) -> u32 {
        self.count
    }
}

fn tick_n(c: &mut Counter, n: u32) {
    for _ in 0..n {
        c.tick();
    }
}

fn main() {
    let mut c = Counter::new(3);
    c.tick();
    c.tick();
    println!("after two ticks: {}", c.get());
    tick_n(&mut c, 10);
    println!("after ten more: {}", c.get());
    let old = c.reset();
    println!("reset returned {}, now {}", old, c.get());
    c.step = 100;
    c.tick();
    println!("bigger step: {}", c.count);
}

// CHECK:STDOUT: after two ticks: 6
// CHECK:STDOUT: after ten more: 36
// CHECK:STDOUT: reset returned 36, now 0
// CHECK:STDOUT: bigger step: 100
