// A bound naming a trait that does not exist (E0405) and an impl naming a
// struct where a trait belongs (E0404).
struct Celsius(f64);
struct Printable;

fn show<T: Displayable>(x: T) -> T {
    x
}

impl Printable for Celsius {}

fn main() {
    show(Celsius(1.0));
}

// CHECK:STDERR: error[E0404]: expected trait, found struct `Printable`
// CHECK:STDERR:   --> tests/golden/generics/fail_unknown_trait.rs:10:6
// CHECK:STDERR:    |
// CHECK:STDERR: 10 | impl Printable for Celsius {}
// CHECK:STDERR:    |      ^^^^^^^^^ not a trait
// CHECK:STDERR:
// CHECK:STDERR: error[E0405]: cannot find trait `Displayable` in this scope
// CHECK:STDERR:  --> tests/golden/generics/fail_unknown_trait.rs:6:12
// CHECK:STDERR:   |
// CHECK:STDERR: 6 | fn show<T: Displayable>(x: T) -> T {
// CHECK:STDERR:   |            ^^^^^^^^^^^ not found in this scope
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 2 previous errors
// CHECK:STDERR:
// CHECK:STDERR: Some errors have detailed explanations: E0404, E0405.
// CHECK:STDERR: For more information about an error, try `wasmrust explain E0404`.
