// A struct-like variant needs its fields to be a value (E0533).
enum Shape {
    Rect { w: u32, h: u32 },
    Dot,
}

fn main() {
    let s = Shape::Rect;
    let _ = Shape::Dot;
    let _ = s;
}

// CHECK:STDERR: error[E0423]: expected value, found struct variant `Shape::Rect`
// CHECK:STDERR:  --> tests/golden/patterns/fail_struct_variant_as_value.rs:8:13
// CHECK:STDERR:   |
// CHECK:STDERR: 8 |     let s = Shape::Rect;
// CHECK:STDERR:   |             ^^^^^^^^^^^ not a value
// CHECK:STDERR:   |
// CHECK:STDERR:   = help: use struct literal syntax instead: `Shape::Rect { /* fields */ }`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0423`.
