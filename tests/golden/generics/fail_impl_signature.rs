// An impl method whose signature differs from the trait's (E0053).
trait Area {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Area for Square {
    fn area(&self) -> f32 {
        (self.0 * self.0) as f32
    }
}

fn main() {
    println!("{}", Square(2.0).area());
}

// CHECK:STDERR: error[E0053]: method `area` has an incompatible type for trait
// CHECK:STDERR:  --> tests/golden/generics/fail_impl_signature.rs:9:8
// CHECK:STDERR:   |
// CHECK:STDERR: 3 |     fn area(&self) -> f64;
// CHECK:STDERR:   |        ---- type in trait
// CHECK:STDERR: ...
// CHECK:STDERR: 9 |     fn area(&self) -> f32 {
// CHECK:STDERR:   |        ^^^^ its signature differs from the trait's
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0053`.
