// Several independent errors in different functions: the checker recovers
// and reports all of them.
fn half(x: i32) -> i32 {
    x / 2.0
}

fn greet() {
    println!("{}", nme);
}

fn area(w: u32, h: u32) -> u32 {
    w * h
}

fn main() {
    let a: bool = 5;
    println!("{}", area(1, 2, 3));
    greet();
    println!("{} {}", half(4), a);
}

// CHECK:STDERR: error[E0425]: cannot find value `nme` in this scope
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_multiple_type_errors.rs:8:20
// CHECK:STDERR:   |
// CHECK:STDERR: 8 |     println!("{}", nme);
// CHECK:STDERR:   |                    ^^^ not found in this scope
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0425`.
