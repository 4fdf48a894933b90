// A private method called outside its impl's module, and a private
// associated function called through its path (E0624). Inside the module
// both are usable, also through `Self::`.
mod stack {
    pub struct Stack {
        pub items: Vec<i32>,
    }

    impl Stack {
        pub fn push(&mut self, v: i32) {
            self.items.push(v);
            self.check();
            Stack::check(self);
        }

        pub fn new() -> Stack {
            Self::with_capacity(4)
        }

        fn with_capacity(n: usize) -> Stack {
            Stack { items: Vec::with_capacity(n) }
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
    let t = stack::Stack::with_capacity(8);
    stack::Stack::check(&t);
    let _ = stack::Stack::new();
}

// CHECK:STDERR: error[E0624]: method `check` is private
// CHECK:STDERR:   --> tests/golden/modules/fail_private_method.rs:33:7
// CHECK:STDERR:    |
// CHECK:STDERR: 24 |         fn check(&self) {
// CHECK:STDERR:    |            ----- private method defined here
// CHECK:STDERR: ...
// CHECK:STDERR: 33 |     s.check();
// CHECK:STDERR:    |       ^^^^^ private method
// CHECK:STDERR:    |
// CHECK:STDERR:    = help: consider making the method public: `pub fn check`
// CHECK:STDERR:
// CHECK:STDERR: error[E0624]: associated function `with_capacity` is private
// CHECK:STDERR:   --> tests/golden/modules/fail_private_method.rs:34:27
// CHECK:STDERR:    |
// CHECK:STDERR: 20 |         fn with_capacity(n: usize) -> Stack {
// CHECK:STDERR:    |            ------------- private associated function defined here
// CHECK:STDERR: ...
// CHECK:STDERR: 34 |     let t = stack::Stack::with_capacity(8);
// CHECK:STDERR:    |                           ^^^^^^^^^^^^^ private associated function
// CHECK:STDERR:    |
// CHECK:STDERR:    = help: consider making the associated function public: `pub fn with_capacity`
// CHECK:STDERR:
// CHECK:STDERR: error[E0624]: method `check` is private
// CHECK:STDERR:   --> tests/golden/modules/fail_private_method.rs:35:19
// CHECK:STDERR:    |
// CHECK:STDERR: 24 |         fn check(&self) {
// CHECK:STDERR:    |            ----- private method defined here
// CHECK:STDERR: ...
// CHECK:STDERR: 35 |     stack::Stack::check(&t);
// CHECK:STDERR:    |                   ^^^^^ private method
// CHECK:STDERR:    |
// CHECK:STDERR:    = help: consider making the method public: `pub fn check`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 3 previous errors
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0624`.
