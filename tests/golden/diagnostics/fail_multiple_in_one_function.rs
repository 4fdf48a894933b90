// Several errors inside one function body, each independent of the others.
struct Pair {
    left: i32,
    right: i32,
}

fn main() {
    let p = Pair { left: 1, right: 2 };
    let x = p.middle;
    let y: u8 = p.left;
    let z = undefined_function(x);
    p.swap();
    println!("{} {} {}", x, y, z);
}

// CHECK:STDERR: error[E0425]: cannot find function `undefined_function` in this scope
// CHECK:STDERR:   --> tests/golden/diagnostics/fail_multiple_in_one_function.rs:11:13
// CHECK:STDERR:    |
// CHECK:STDERR: 11 |     let z = undefined_function(x);
// CHECK:STDERR:    |             ^^^^^^^^^^^^^^^^^^ not found in this scope
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0425`.
