// try_fold's closure must return an Option or a Result.
fn main() {
    let v = vec![1, 2, 3];
    let total: Option<i32> = v.iter().try_fold(0, |acc, x| acc + x);
    println!("{:?}", total);
}

// CHECK:STDERR: error[E0308]: mismatched types
// CHECK:STDERR:  --> tests/golden/iter/fail_try_fold_not_try.rs:4:30
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     let total: Option<i32> = v.iter().try_fold(0, |acc, x| acc + x);
// CHECK:STDERR:   |                -----------   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ expected `Option<i32>`, found integer
// CHECK:STDERR:   |                |
// CHECK:STDERR:   |                expected due to this
// CHECK:STDERR:
// CHECK:STDERR: error[E0277]: the trait bound `i32: WasmTry<i32>` is not satisfied
// CHECK:STDERR:  --> tests/golden/iter/fail_try_fold_not_try.rs:4:39
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     let total: Option<i32> = v.iter().try_fold(0, |acc, x| acc + x);
// CHECK:STDERR:   |                                       ^^^^^^^^ the trait `WasmTry<i32>` is not implemented for `i32`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 2 previous errors
// CHECK:STDERR:
// CHECK:STDERR: Some errors have detailed explanations: E0277, E0308.
// CHECK:STDERR: For more information about an error, try `wasmrust explain E0277`.
