// Iterators have no `mapp` method (a typo of `map`).
fn main() {
    let v = vec![1, 2, 3];
    let w: Vec<i32> = v.iter().mapp(|x| x + 1).collect();
    println!("{:?}", w);
}

// CHECK:STDERR: error[E0599]: no method named `mapp` found for struct `Iter<{integer}>` in the current scope
// CHECK:STDERR:  --> tests/golden/iter/fail_no_iter_method.rs:4:32
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     let w: Vec<i32> = v.iter().mapp(|x| x + 1).collect();
// CHECK:STDERR:   |                                ^^^^ method not found in `Iter<{integer}>`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0599`.
