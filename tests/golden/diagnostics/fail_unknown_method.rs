// E0599: a method that the struct does not have.
struct Counter {
    n: u32,
}

impl Counter {
    fn increment(&mut self) {
        self.n += 1;
    }
}

fn main() {
    let mut c = Counter { n: 0 };
    c.increment();
    c.decrement();
    println!("{}", c.n);
}

// CHECK:STDERR: error[E0599]: no method named `decrement` found for struct `Counter` in the current scope
// CHECK:STDERR:   --> tests/golden/diagnostics/fail_unknown_method.rs:15:7
// CHECK:STDERR:    |
// CHECK:STDERR:  2 | struct Counter {
// CHECK:STDERR:    |        ------- method `decrement` not found for this struct
// CHECK:STDERR: ...
// CHECK:STDERR: 15 |     c.decrement();
// CHECK:STDERR:    |       ^^^^^^^^^ method not found in `Counter`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0599`.
