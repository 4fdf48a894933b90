// An impl must give every associated const and type its trait declares
// without a default (E0046).
trait Shape {
    const SIDES: u32;
    const NAME: &'static str = "shape";
    type Unit;
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    println!("{}", Square(2.0).area());
}

// CHECK:STDERR: error[E0046]: not all trait items implemented, missing: `SIDES`, `Unit`
// CHECK:STDERR:   --> tests/golden/traits/fail_missing_assoc_items.rs:12:1
// CHECK:STDERR:    |
// CHECK:STDERR: 12 | impl Shape for Square {
// CHECK:STDERR:    | ^^^^^^^^^^^^^^^^^^^^^ missing `SIDES`, `Unit` in implementation
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0046`.
