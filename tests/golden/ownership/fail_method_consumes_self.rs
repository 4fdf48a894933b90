// E0382: a method taking `self` by value consumes its receiver.
struct Builder {
    parts: u32,
}

impl Builder {
    fn finish(self) -> u32 {
        self.parts
    }
    fn count(&self) -> u32 {
        self.parts
    }
}

fn main() {
    let b = Builder { parts: 4 };
    let n = b.finish();
    println!("{} {}", n, b.count());
}

// CHECK:STDERR: error[E0382]: borrow of moved value: `b`
// CHECK:STDERR:   --> tests/golden/ownership/fail_method_consumes_self.rs:18:26
// CHECK:STDERR:    |
// CHECK:STDERR:  7 |     fn finish(self) -> u32 {
// CHECK:STDERR:    |               ---- this function takes ownership of the receiver `self`, which moves `b`
// CHECK:STDERR: ...
// CHECK:STDERR: 16 |     let b = Builder { parts: 4 };
// CHECK:STDERR:    |         - move occurs because `b` has type `Builder`, which does not implement the `Copy` trait
// CHECK:STDERR: 17 |     let n = b.finish();
// CHECK:STDERR:    |               -------- `b` moved due to this method call
// CHECK:STDERR: 18 |     println!("{} {}", n, b.count());
// CHECK:STDERR:    |                          ^^^^^^^^^ value borrowed here after move
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0382`.
