// An impl's associated type must name a type that exists (E0412).
trait FromText: Sized {
    type Err;
    fn from_text(s: &str) -> Result<Self, Self::Err>;
}

struct Meters(u32);

impl FromText for Meters {
    type Err = ParseMetersError;
    fn from_text(s: &str) -> Result<Self, Self::Err> {
        Ok(Meters(s.len() as u32))
    }
}

fn main() {}

// CHECK:STDERR: error[E0412]: cannot find type `ParseMetersError` in this scope
// CHECK:STDERR:   --> tests/golden/traits/fail_assoc_unknown_type.rs:10:16
// CHECK:STDERR:    |
// CHECK:STDERR: 10 |     type Err = ParseMetersError;
// CHECK:STDERR:    |                ^^^^^^^^^^^^^^^^ not found in this scope
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0412`.
