// A private field read outside its struct's module (E0616); the module
// itself and its children may read it.
mod counter {
    pub struct Counter {
        count: u32,
        pub label: &'static str,
    }

    pub fn new(label: &'static str) -> Counter {
        Counter { count: 0, label }
    }

    pub mod report {
        pub fn show(c: &super::Counter) -> u32 {
            c.count
        }
    }
}

fn main() {
    let c = counter::new("clicks");
    println!("{} {}", c.label, counter::report::show(&c));
    println!("{}", c.count);
}

// CHECK:STDERR: error[E0616]: field `count` of struct `Counter` is private
// CHECK:STDERR:   --> tests/golden/modules/fail_private_field.rs:23:22
// CHECK:STDERR:    |
// CHECK:STDERR: 23 |     println!("{}", c.count);
// CHECK:STDERR:    |                      ^^^^^ private field
// CHECK:STDERR:    |
// CHECK:STDERR:    = help: consider making the field publicly accessible: `pub count` in `Counter`, or adding a `pub` method that returns it
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0616`.
