// `skip_while` cannot run from the back, so its result has no `rev`.
fn main() {
    let v = vec![1, 2, 3];
    let w: Vec<&i32> = v.iter().skip_while(|x| **x < 2).rev().collect();
    println!("{:?}", w);
}

// CHECK:STDERR: error[E0599]: no method named `rev` found for struct `SkipWhile<Iter<{integer}>, [closure@tests/golden/iter/fail_rev_not_double_ended.rs:4:44]>` in the current scope
// CHECK:STDERR:  --> tests/golden/iter/fail_rev_not_double_ended.rs:4:57
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     let w: Vec<&i32> = v.iter().skip_while(|x| **x < 2).rev().collect();
// CHECK:STDERR:   |                                                         ^^^ method not found in `SkipWhile<Iter<{integer}>, [closure@tests/golden/iter/fail_rev_not_double_ended.rs:4:44]>`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0599`.
