// `impl Trait` as a fn's result: the hidden type is the body's type.
trait Greeter {
    fn greet(&self) -> String;
}

struct English {
    name: String,
}

struct French;

impl Greeter for English {
    fn greet(&self) -> String {
        format!("hello, {}", self.name)
    }
}

impl Greeter for French {
    fn greet(&self) -> String {
        String::from("bonjour")
    }
}

fn english(name: &str) -> impl Greeter {
    English { name: String::from(name) }
}

fn french() -> impl Greeter {
    French
}

fn doubler() -> impl Fn(i32) -> i32 {
    |x| x * 2
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn counter_from(start: u32) -> impl Greeter {
    English { name: format!("#{}", start) }
}

fn show(g: &impl Greeter) {
    println!("{}", g.greet());
}

fn main() {
    let e = english("ann");
    show(&e);
    println!("{}", french().greet());
    let d = doubler();
    println!("{} {}", d(4), d(-1));
    let add5 = make_adder(5);
    let add10 = make_adder(10);
    println!("{} {} {}", add5(1), add10(1), add5(add10(100)));
    show(&counter_from(7));
    let as_dyn: &dyn Greeter = &e;
    println!("{}", as_dyn.greet());
}

// CHECK:STDOUT: hello, ann
// CHECK:STDOUT: bonjour
// CHECK:STDOUT: 8 -2
// CHECK:STDOUT: 6 11 115
// CHECK:STDOUT: hello, #7
// CHECK:STDOUT: hello, ann
