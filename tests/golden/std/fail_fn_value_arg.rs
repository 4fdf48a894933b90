// A function used as a value must take what the caller passes: filter
// hands `&i32` to a fn that takes `i32`.
fn positive(x: i32) -> bool {
    x > 0
}

fn main() {
    let v = vec![1, -2];
    let p: Vec<i32> = v.into_iter().filter(positive).collect();
    println!("{:?}", p);
}

// CHECK:STDERR: error[E0631]: type mismatch in function arguments
// CHECK:STDERR:  --> tests/golden/std/fail_fn_value_arg.rs:9:44
// CHECK:STDERR:   |
// CHECK:STDERR: 9 |     let p: Vec<i32> = v.into_iter().filter(positive).collect();
// CHECK:STDERR:   |                                            ^^^^^^^^ expected `i32`, found `&{integer}`
// CHECK:STDERR:   |
// CHECK:STDERR:   = note: found a function that takes `i32` where it is called with `&{integer}`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0631`.
