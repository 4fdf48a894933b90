// Dropping a Box<dyn Trait> runs the concrete type's drop glue (its Drop
// impl, then its fields) and frees the block, in Rust's order.
trait Named {
    fn name(&self) -> String;
}

struct Noisy {
    id: u32,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop noisy {}", self.id);
    }
}

impl Named for Noisy {
    fn name(&self) -> String {
        format!("noisy {}", self.id)
    }
}

struct Pair {
    a: Noisy,
    b: Noisy,
    label: String,
}

impl Drop for Pair {
    fn drop(&mut self) {
        println!("drop pair {}", self.label);
    }
}

impl Named for Pair {
    fn name(&self) -> String {
        format!("pair {} {} {}", self.label, self.a.id, self.b.id)
    }
}

struct Quiet;

impl Named for Quiet {
    fn name(&self) -> String {
        String::from("quiet")
    }
}

fn main() {
    {
        let x: Box<dyn Named> = Box::new(Noisy { id: 1 });
        let y: Box<dyn Named> = Box::new(Pair { a: Noisy { id: 2 }, b: Noisy { id: 3 }, label: String::from("p") });
        println!("{} / {}", x.name(), y.name());
    }
    println!("--");
    {
        let mut v: Vec<Box<dyn Named>> = Vec::new();
        v.push(Box::new(Noisy { id: 4 }));
        v.push(Box::new(Quiet));
        v.push(Box::new(Noisy { id: 5 }));
        for n in &v {
            println!("{}", n.name());
        }
    }
    println!("--");
    let z: Box<dyn Named> = Box::new(Noisy { id: 6 });
    let w = z;
    println!("moved {}", w.name());
}

// CHECK:STDOUT: noisy 1 / pair p 2 3
// CHECK:STDOUT: drop pair p
// CHECK:STDOUT: drop noisy 2
// CHECK:STDOUT: drop noisy 3
// CHECK:STDOUT: drop noisy 1
// CHECK:STDOUT: --
// CHECK:STDOUT: noisy 4
// CHECK:STDOUT: quiet
// CHECK:STDOUT: noisy 5
// CHECK:STDOUT: drop noisy 4
// CHECK:STDOUT: drop noisy 5
// CHECK:STDOUT: --
// CHECK:STDOUT: moved noisy 6
// CHECK:STDOUT: drop noisy 6
