// A source file that is not valid UTF-8: the byte 0xE9 below is Latin-1
// for e-acute, saved by an editor in the wrong encoding.
fn main() {
    println!("café");
}

// CHECK:STDERR: error[W0001]: source file is not valid UTF-8
// CHECK:STDERR:  --> tests/golden/limits/fail_invalid_utf8.rs:4:18
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     println!("cafï¿½");
// CHECK:STDERR:   |                  ^ invalid UTF-8 byte here
// CHECK:STDERR:   |
// CHECK:STDERR:   = note: Rust source files must be encoded as UTF-8
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W0001`.
