// A variant literal can only name the variant's fields (E0559).
enum Shape {
    Rect { w: u32, h: u32 },
}

fn main() {
    let s = Shape::Rect { w: 1, height: 2 };
    match s {
        Shape::Rect { w, .. } => println!("{}", w),
    }
}

// CHECK:STDERR: error[E0559]: variant `Shape::Rect` has no field named `height`
// CHECK:STDERR:  --> tests/golden/patterns/fail_variant_no_such_field.rs:7:33
// CHECK:STDERR:   |
// CHECK:STDERR: 7 |     let s = Shape::Rect { w: 1, height: 2 };
// CHECK:STDERR:   |                                 ^^^^^^ field does not exist
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0559`.
