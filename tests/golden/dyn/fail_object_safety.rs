// A trait with a generic method or a method returning Self cannot be a
// trait object (E0038).
trait Cloner {
    fn duplicate(&self) -> Self;
}

struct A;

impl Cloner for A {
    fn duplicate(&self) -> Self {
        A
    }
}

fn main() {
    let a = A;
    let _c: &dyn Cloner = &a;
}

// CHECK:STDERR: error[E0038]: the trait `Cloner` cannot be made into an object
// CHECK:STDERR:   --> tests/golden/dyn/fail_object_safety.rs:17:27
// CHECK:STDERR:    |
// CHECK:STDERR:  4 |     fn duplicate(&self) -> Self;
// CHECK:STDERR:    |        --------- ...because method `duplicate` references the `Self` type in its return type
// CHECK:STDERR: ...
// CHECK:STDERR: 17 |     let _c: &dyn Cloner = &a;
// CHECK:STDERR:    |                           ^^ `Cloner` cannot be made into an object
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: for a trait to be "object safe" it needs to allow building a vtable to allow the call to be resolvable dynamically
// CHECK:STDERR:    = help: add `where Self: Sized` to the methods that cannot be called on a trait object, or use a generic parameter (`T: Cloner`) instead
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0038`.
