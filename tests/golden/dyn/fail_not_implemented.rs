// Coercing a type that does not implement the trait (E0277).
trait Speak {
    fn speak(&self) -> String;
}

struct Dog;
struct Rock;

impl Speak for Dog {
    fn speak(&self) -> String {
        String::from("woof")
    }
}

fn main() {
    let r = Rock;
    let _s: &dyn Speak = &r;
    let _b: Box<dyn Speak> = Box::new(Rock);
}

// CHECK:STDERR: error[E0277]: the trait bound `Rock: Speak` is not satisfied
// CHECK:STDERR:   --> tests/golden/dyn/fail_not_implemented.rs:17:26
// CHECK:STDERR:    |
// CHECK:STDERR: 17 |     let _s: &dyn Speak = &r;
// CHECK:STDERR:    |                          ^^ the trait `Speak` is not implemented for `Rock`
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: required for the cast to the object type `dyn Speak`
// CHECK:STDERR:
// CHECK:STDERR: error[E0277]: the trait bound `Rock: Speak` is not satisfied
// CHECK:STDERR:   --> tests/golden/dyn/fail_not_implemented.rs:18:30
// CHECK:STDERR:    |
// CHECK:STDERR: 18 |     let _b: Box<dyn Speak> = Box::new(Rock);
// CHECK:STDERR:    |                              ^^^^^^^^^^^^^^ the trait `Speak` is not implemented for `Rock`
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: required for the cast to the object type `dyn Speak`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 2 previous errors
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0277`.
