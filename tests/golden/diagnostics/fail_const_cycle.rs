// A constant defined in terms of itself has no value (E0391).
const WIDTH: usize = HEIGHT * 2;
const HEIGHT: usize = WIDTH / 2;

fn main() {
    println!("{}", WIDTH);
}

// CHECK:STDERR: error[E0391]: cycle detected when evaluating constant `HEIGHT`
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_const_cycle.rs:3:7
// CHECK:STDERR:   |
// CHECK:STDERR: 3 | const HEIGHT: usize = WIDTH / 2;
// CHECK:STDERR:   |       ^^^^^^
// CHECK:STDERR:   |
// CHECK:STDERR:   = note: the value of `HEIGHT` depends on itself
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0391`.
