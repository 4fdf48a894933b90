// A generic call whose argument type lacks a bound the function requires
// (E0277), and a type parameter used with an operator its bounds don't give.
struct Meters(f64);

fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut best = list[0];
    for &x in list {
        if x > best {
            best = x;
        }
    }
    best
}

fn main() {
    let m = [Meters(1.0), Meters(2.0)];
    largest(&m);
}

// CHECK:STDERR: error[E0277]: the trait bound `Meters: PartialOrd` is not satisfied
// CHECK:STDERR:   --> tests/golden/generics/fail_trait_bound.rs:17:5
// CHECK:STDERR:    |
// CHECK:STDERR:  5 | fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
// CHECK:STDERR:    |               ---------- required by this bound in `largest`
// CHECK:STDERR: ...
// CHECK:STDERR: 17 |     largest(&m);
// CHECK:STDERR:    |     ^^^^^^^ the trait `PartialOrd` is not implemented for `Meters`
// CHECK:STDERR:
// CHECK:STDERR: error[E0277]: the trait bound `Meters: Copy` is not satisfied
// CHECK:STDERR:   --> tests/golden/generics/fail_trait_bound.rs:17:5
// CHECK:STDERR:    |
// CHECK:STDERR:  5 | fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
// CHECK:STDERR:    |                            ---- required by this bound in `largest`
// CHECK:STDERR: ...
// CHECK:STDERR: 17 |     largest(&m);
// CHECK:STDERR:    |     ^^^^^^^ the trait `Copy` is not implemented for `Meters`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 2 previous errors
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0277`.
