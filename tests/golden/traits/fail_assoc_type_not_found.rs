// `T::Missing` names an associated type that no bound of T declares
// (E0220).
trait Container {
    type Item;
    fn first(&self) -> Option<&Self::Item>;
}

fn head<C: Container>(_c: &C) -> Option<&C::Missing> {
    None
}

fn main() {}

// CHECK:STDERR: error[E0220]: associated type `Missing` not found for `C`
// CHECK:STDERR:  --> tests/golden/traits/fail_assoc_type_not_found.rs:8:45
// CHECK:STDERR:   |
// CHECK:STDERR: 8 | fn head<C: Container>(_c: &C) -> Option<&C::Missing> {
// CHECK:STDERR:   |                                             ^^^^^^^ associated type `Missing` not found
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0220`.
