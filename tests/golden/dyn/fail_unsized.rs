// A trait object has no size known at compile time: it lives behind a
// reference or a Box, never in a local or a parameter by value (E0277).
trait Shape {
    fn area(&self) -> f64;
}

struct Square {
    s: f64,
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.s * self.s
    }
}

fn by_value(_s: dyn Shape) {}

fn main() {
    let sq = Square { s: 2.0 };
    let r: &dyn Shape = &sq;
    let _copy = *r;
}

// CHECK:STDERR: error[E0277]: the size for values of type `dyn Shape` cannot be known at compilation time
// CHECK:STDERR:   --> tests/golden/dyn/fail_unsized.rs:17:13
// CHECK:STDERR:    |
// CHECK:STDERR: 17 | fn by_value(_s: dyn Shape) {}
// CHECK:STDERR:    |             ^^ doesn't have a size known at compile-time
// CHECK:STDERR:    |
// CHECK:STDERR:    = help: borrow it instead: `&dyn Shape`, or box it: `Box<dyn Shape>`
// CHECK:STDERR:
// CHECK:STDERR: error[E0277]: the size for values of type `dyn Shape` cannot be known at compilation time
// CHECK:STDERR:   --> tests/golden/dyn/fail_unsized.rs:22:9
// CHECK:STDERR:    |
// CHECK:STDERR: 22 |     let _copy = *r;
// CHECK:STDERR:    |         ^^^^^ doesn't have a size known at compile-time
// CHECK:STDERR:    |
// CHECK:STDERR:    = help: borrow it instead: `&dyn Shape`, or box it: `Box<dyn Shape>`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 2 previous errors
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0277`.
