// Supertrait methods through a trait object, trait objects in struct
// fields and Options, methods with aggregate arguments and results, and a
// strategy chosen at run time.
trait Describe {
    fn describe(&self) -> String;
}

trait Strategy: Describe {
    fn apply(&self, values: &[i32]) -> i32;
    fn pair(&self, a: (i32, i32)) -> (i32, i32) {
        (a.1, a.0)
    }
}

struct Sum;
struct Max {
    floor: i32,
}

impl Describe for Sum {
    fn describe(&self) -> String {
        String::from("sum")
    }
}

impl Describe for Max {
    fn describe(&self) -> String {
        format!("max(floor {})", self.floor)
    }
}

impl Strategy for Sum {
    fn apply(&self, values: &[i32]) -> i32 {
        let mut t = 0;
        for v in values {
            t += *v;
        }
        t
    }
}

impl Strategy for Max {
    fn apply(&self, values: &[i32]) -> i32 {
        let mut m = self.floor;
        for v in values {
            if *v > m {
                m = *v;
            }
        }
        m
    }
    fn pair(&self, a: (i32, i32)) -> (i32, i32) {
        (a.0.max(a.1), a.0.min(a.1))
    }
}

struct Calculator {
    name: String,
    strategy: Box<dyn Strategy>,
    fallback: Option<Box<dyn Strategy>>,
}

impl Calculator {
    fn run(&self, values: &[i32]) -> i32 {
        if values.is_empty() {
            match &self.fallback {
                Some(f) => f.apply(&[0]),
                None => -1,
            }
        } else {
            self.strategy.apply(values)
        }
    }
    fn strategy(&self) -> &dyn Strategy {
        &*self.strategy
    }
}

fn pick(max: bool) -> Box<dyn Strategy> {
    if max {
        Box::new(Max { floor: -100 })
    } else {
        Box::new(Sum)
    }
}

fn main() {
    let values = [3, 9, -2, 7];
    let calcs = vec![
        Calculator { name: String::from("a"), strategy: pick(false), fallback: None },
        Calculator { name: String::from("b"), strategy: pick(true), fallback: Some(Box::new(Sum)) },
    ];
    for c in &calcs {
        println!("{}: {} -> {}", c.name, c.strategy.describe(), c.run(&values));
        println!("{}: empty -> {}", c.name, c.run(&[]));
        let s = c.strategy();
        let (x, y) = s.pair((1, 5));
        println!("{} pair {} {}", s.describe(), x, y);
    }
}

// CHECK:STDOUT: a: sum -> 17
// CHECK:STDOUT: a: empty -> -1
// CHECK:STDOUT: sum pair 5 1
// CHECK:STDOUT: b: max(floor -100) -> 9
// CHECK:STDOUT: b: empty -> 0
// CHECK:STDOUT: max(floor -100) pair 5 1
