// An impl may only define the associated types (E0437) and consts (E0438)
// its trait declares.
trait Shape {
    const SIDES: u32;
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    const SIDES: u32 = 4;
    const CORNERS: u32 = 4;
    type Unit = f64;
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {}

// CHECK:STDERR: error[E0438]: const `CORNERS` is not a member of trait `Shape`
// CHECK:STDERR:   --> tests/golden/traits/fail_not_trait_members.rs:12:11
// CHECK:STDERR:    |
// CHECK:STDERR: 12 |     const CORNERS: u32 = 4;
// CHECK:STDERR:    |           ^^^^^^^ not a member of trait `Shape`
// CHECK:STDERR:
// CHECK:STDERR: error[E0437]: type `Unit` is not a member of trait `Shape`
// CHECK:STDERR:   --> tests/golden/traits/fail_not_trait_members.rs:13:10
// CHECK:STDERR:    |
// CHECK:STDERR: 13 |     type Unit = f64;
// CHECK:STDERR:    |          ^^^^ not a member of trait `Shape`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 2 previous errors
// CHECK:STDERR:
// CHECK:STDERR: Some errors have detailed explanations: E0437, E0438.
// CHECK:STDERR: For more information about an error, try `wasmrust explain E0437`.
