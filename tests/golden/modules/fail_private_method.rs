// A private method called outside its impl's module (E0624).
mod stack {
    pub struct Stack {
        pub items: Vec<i32>,
    }

    impl Stack {
        pub fn push(&mut self, v: i32) {
            self.items.push(v);
            self.check();
        }

        fn check(&self) {
            assert!(self.items.len() < 100);
        }
    }
}

fn main() {
    let mut s = stack::Stack { items: Vec::new() };
    s.push(1);
    s.check();
}

// CHECK:STDERR: error[E0624]: method `check` is private
// CHECK:STDERR:   --> tests/golden/modules/fail_private_method.rs:22:7
// CHECK:STDERR:    |
// CHECK:STDERR: 13 |         fn check(&self) {
// CHECK:STDERR:    |            ----- private method defined here
// CHECK:STDERR: ...
// CHECK:STDERR: 22 |     s.check();
// CHECK:STDERR:    |       ^^^^^ private method
// CHECK:STDERR:    |
// CHECK:STDERR:    = help: consider making the method public: `pub fn check`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0624`.
