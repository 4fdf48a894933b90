// E0268: break outside of any loop.
fn check(x: i32) -> i32 {
    if x > 10 {
        break;
    }
    x
}

fn main() {
    println!("{}", check(3));
}

// CHECK:STDERR: error[E0268]: `break` outside of a loop
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_break_outside_loop.rs:4:9
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |         break;
// CHECK:STDERR:   |         ^^^^^ cannot `break` outside of a loop
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0268`.
