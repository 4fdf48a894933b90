// A match that forgets a variant, and one whose arms miss values inside a
// variant they do mention (E0004).
enum Shape {
    Circle(u32),
    Square(u32),
    Triangle { a: u32, b: u32, c: u32 },
}

fn describe(s: &Shape) -> u32 {
    match s {
        Shape::Circle(0) => 0,
        Shape::Square(x) => *x,
    }
}

fn main() {
    println!("{}", describe(&Shape::Square(3)));
}

// CHECK:STDERR: error[E0004]: non-exhaustive patterns: `&Shape::Circle(1_u32..=u32::MAX)` and `&Shape::Triangle { .. }` not covered
// CHECK:STDERR:   --> tests/golden/patterns/fail_nonexhaustive_enum.rs:10:11
// CHECK:STDERR:    |
// CHECK:STDERR:  3 | enum Shape {
// CHECK:STDERR:    |      ----- `Shape` defined here
// CHECK:STDERR: ...
// CHECK:STDERR: 10 |     match s {
// CHECK:STDERR:    |           ^ patterns `&Shape::Circle(1_u32..=u32::MAX)` and `&Shape::Triangle { .. }` not covered
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: the matched value is of type `&Shape`
// CHECK:STDERR: help: ensure that all possible cases are being handled by adding a match arm with a wildcard pattern, a match arm with multiple or-patterns as shown, or multiple match arms
// CHECK:STDERR:    |
// CHECK:STDERR: 12 ~         Shape::Square(x) => *x,
// CHECK:STDERR: 13 ~         &Shape::Circle(1_u32..=u32::MAX) | &Shape::Triangle { .. } => todo!(),
// CHECK:STDERR:    |
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0004`.
