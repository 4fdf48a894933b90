// E0609: reading a field that the struct does not have.
struct Size {
    width: u32,
    height: u32,
}

fn main() {
    let s = Size { width: 3, height: 4 };
    println!("{}", s.width * s.depth);
}

// CHECK:STDERR: error[E0609]: no field `depth` on type `Size`
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_unknown_field.rs:9:32
// CHECK:STDERR:   |
// CHECK:STDERR: 9 |     println!("{}", s.width * s.depth);
// CHECK:STDERR:   |                                ^^^^^ unknown field
// CHECK:STDERR:   |
// CHECK:STDERR:   = note: available fields are: `width`, `height`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0609`.
