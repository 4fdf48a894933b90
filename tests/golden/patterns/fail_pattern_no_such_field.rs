// A struct pattern can only name fields the struct has (E0026).
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let Point { x, z, .. } = p;
    println!("{} {}", x, z);
}

// CHECK:STDERR: error[E0026]: struct `Point` does not have a field named `z`
// CHECK:STDERR:  --> tests/golden/patterns/fail_pattern_no_such_field.rs:9:20
// CHECK:STDERR:   |
// CHECK:STDERR: 9 |     let Point { x, z, .. } = p;
// CHECK:STDERR:   |                    ^ struct `Point` does not have this field
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0026`.
