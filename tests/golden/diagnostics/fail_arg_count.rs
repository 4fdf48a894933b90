// E0061: a call with too few arguments.
fn area(width: u32, height: u32) -> u32 {
    width * height
}

fn main() {
    println!("{}", area(10));
}

// CHECK:STDERR: error[E0061]: this function takes 2 arguments but 1 argument was supplied
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_arg_count.rs:7:20
// CHECK:STDERR:   |
// CHECK:STDERR: 7 |     println!("{}", area(10));
// CHECK:STDERR:   |                    ^^^^
// CHECK:STDERR:   |
// CHECK:STDERR:   = note: function defined here
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0061`.
