// E0560: a struct literal names a field the struct does not have.
struct Color {
    r: u8,
    g: u8,
    b: u8,
}

fn main() {
    let c = Color { r: 1, g: 2, b: 3, a: 4 };
    println!("{}", c.r + c.g + c.b);
}

// CHECK:STDERR: error[E0560]: struct `Color` has no field named `a`
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_struct_literal_unknown_field.rs:9:39
// CHECK:STDERR:   |
// CHECK:STDERR: 9 |     let c = Color { r: 1, g: 2, b: 3, a: 4 };
// CHECK:STDERR:   |                                       ^ unknown field
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0560`.
