// `zip` and `extend` take an iterator or something iterable, not a number
// or a reference to a str; nothing more is reported about the chains.
fn main() {
    let a = vec![1, 2, 3];
    let s: Vec<i32> = a.iter().zip(5).map(|(x, y)| x + y).collect();
    let mut v = vec![0];
    v.extend(&"abc");
    println!("{:?} {:?}", s, v);
}

// CHECK:STDERR: error[E0277]: `{integer}` is not an iterator
// CHECK:STDERR:  --> tests/golden/iter/fail_not_iterable.rs:5:36
// CHECK:STDERR:   |
// CHECK:STDERR: 5 |     let s: Vec<i32> = a.iter().zip(5).map(|(x, y)| x + y).collect();
// CHECK:STDERR:   |                                --- ^ `{integer}` is not an iterator
// CHECK:STDERR:   |                                |
// CHECK:STDERR:   |                                required by a bound introduced by this call
// CHECK:STDERR:   |
// CHECK:STDERR:   = note: if you want to iterate between `start` until a value `end`, use the exclusive range syntax `start..end` or the inclusive range syntax `start..=end`
// CHECK:STDERR:   = note: required because of the requirements on the impl of `IntoIterator` for `{integer}`
// CHECK:STDERR:   = help: the trait `Iterator` is not implemented for `{integer}`
// CHECK:STDERR:
// CHECK:STDERR: error[E0277]: `&&str` is not an iterator
// CHECK:STDERR:  --> tests/golden/iter/fail_not_iterable.rs:7:14
// CHECK:STDERR:   |
// CHECK:STDERR: 7 |     v.extend(&"abc");
// CHECK:STDERR:   |       ------ ^^^^^^ `&&str` is not an iterator
// CHECK:STDERR:   |       |
// CHECK:STDERR:   |       required by a bound introduced by this call
// CHECK:STDERR:   |
// CHECK:STDERR:   = note: required because of the requirements on the impl of `IntoIterator` for `&&str`
// CHECK:STDERR:   = help: the trait `Iterator` is not implemented for `&&str`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 2 previous errors
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0277`.
