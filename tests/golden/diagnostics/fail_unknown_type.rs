// E0412: a type name that is not defined.
struct Point {
    x: i32,
    y: i32,
}

fn origin() -> Pointt {
    Point { x: 0, y: 0 }
}

fn main() {
    let p = origin();
    println!("{}", p.x);
}

// CHECK:STDERR: error[E0412]: cannot find type `Pointt` in this scope
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_unknown_type.rs:7:16
// CHECK:STDERR:   |
// CHECK:STDERR: 7 | fn origin() -> Pointt {
// CHECK:STDERR:   |                ^^^^^^ not found in this scope
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0412`.
