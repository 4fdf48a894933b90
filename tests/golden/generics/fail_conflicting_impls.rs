// Two impls of one trait for the same type (E0119).
trait Describe {
    fn describe(&self) -> u8;
}

struct Cat;

impl Describe for Cat {
    fn describe(&self) -> u8 {
        1
    }
}

impl Describe for Cat {
    fn describe(&self) -> u8 {
        2
    }
}

fn main() {
    println!("{}", Cat.describe());
}

// CHECK:STDERR: error[E0119]: conflicting implementations of trait `Describe` for type `Cat`
// CHECK:STDERR:   --> tests/golden/generics/fail_conflicting_impls.rs:14:1
// CHECK:STDERR:    |
// CHECK:STDERR:  8 | impl Describe for Cat {
// CHECK:STDERR:    | --------------------- first implementation here
// CHECK:STDERR: ...
// CHECK:STDERR: 14 | impl Describe for Cat {
// CHECK:STDERR:    | ^^^^^^^^^^^^^^^^^^^^^ conflicting implementation for `Cat`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0119`.
