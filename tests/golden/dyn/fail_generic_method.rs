// A generic method makes a trait not object safe (E0038).
trait Visitor {
    fn visit<T>(&self, x: T) -> u32;
}

struct V;

impl Visitor for V {
    fn visit<T>(&self, _x: T) -> u32 {
        1
    }
}

fn main() {
    let _v: Box<dyn Visitor> = Box::new(V);
}

// CHECK:STDERR: error[E0038]: the trait `Visitor` cannot be made into an object
// CHECK:STDERR:   --> tests/golden/dyn/fail_generic_method.rs:15:32
// CHECK:STDERR:    |
// CHECK:STDERR:  3 |     fn visit<T>(&self, x: T) -> u32;
// CHECK:STDERR:    |        ----- ...because method `visit` has generic type parameters
// CHECK:STDERR: ...
// CHECK:STDERR: 15 |     let _v: Box<dyn Visitor> = Box::new(V);
// CHECK:STDERR:    |                                ^^^^^^^^^^^ `Visitor` cannot be made into an object
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: for a trait to be "object safe" it needs to allow building a vtable to allow the call to be resolvable dynamically
// CHECK:STDERR:    = help: add `where Self: Sized` to the methods that cannot be called on a trait object, or use a generic parameter (`T: Visitor`) instead
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0038`.
