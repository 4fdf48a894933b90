// A reference taken out of an Option or Result by `unwrap`/`expect` (or a
// program's own generic fn) still borrows what the Option borrowed: the
// result of a generic fn carries the loans of the arguments whose type
// parameters it shares. Changing the vector while it is in use is E0502.
fn take<T>(x: Option<T>) -> T {
    match x {
        Some(v) => v,
        None => panic!("none"),
    }
}

fn main() {
    let mut v = vec![1, 2, 3];
    let first = v.first().unwrap();
    v.clear();
    println!("{}", first);

    let mut names = vec![String::from("a")];
    let n = names.get(0).expect("one name");
    names.push(String::from("b"));
    println!("{}", n);

    let mut w = vec![5];
    let last = take(w.last());
    w.push(6);
    println!("{}", last);

    let mut s = String::from("12");
    let r: Result<&str, ()> = Ok(s.as_str());
    let t = r.unwrap();
    s.push('3');
    println!("{}", t);
}

// CHECK:STDERR: error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable
// CHECK:STDERR:   --> tests/golden/ownership/fail_unwrap_keeps_loan.rs:15:5
// CHECK:STDERR:    |
// CHECK:STDERR: 14 |     let first = v.first().unwrap();
// CHECK:STDERR:    |                 --------- immutable borrow occurs here
// CHECK:STDERR: 15 |     v.clear();
// CHECK:STDERR:    |     ^^^^^^^^^ mutable borrow occurs here
// CHECK:STDERR: 16 |     println!("{}", first);
// CHECK:STDERR:    |                    ----- immutable borrow later used here
// CHECK:STDERR:
// CHECK:STDERR: error[E0502]: cannot borrow `names` as mutable because it is also borrowed as immutable
// CHECK:STDERR:   --> tests/golden/ownership/fail_unwrap_keeps_loan.rs:20:5
// CHECK:STDERR:    |
// CHECK:STDERR: 19 |     let n = names.get(0).expect("one name");
// CHECK:STDERR:    |             ------------ immutable borrow occurs here
// CHECK:STDERR: 20 |     names.push(String::from("b"));
// CHECK:STDERR:    |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mutable borrow occurs here
// CHECK:STDERR: 21 |     println!("{}", n);
// CHECK:STDERR:    |                    - immutable borrow later used here
// CHECK:STDERR:
// CHECK:STDERR: error[E0502]: cannot borrow `w` as mutable because it is also borrowed as immutable
// CHECK:STDERR:   --> tests/golden/ownership/fail_unwrap_keeps_loan.rs:25:5
// CHECK:STDERR:    |
// CHECK:STDERR: 24 |     let last = take(w.last());
// CHECK:STDERR:    |                     -------- immutable borrow occurs here
// CHECK:STDERR: 25 |     w.push(6);
// CHECK:STDERR:    |     ^^^^^^^^^ mutable borrow occurs here
// CHECK:STDERR: 26 |     println!("{}", last);
// CHECK:STDERR:    |                    ---- immutable borrow later used here
// CHECK:STDERR:
// CHECK:STDERR: error[E0502]: cannot borrow `s` as mutable because it is also borrowed as immutable
// CHECK:STDERR:   --> tests/golden/ownership/fail_unwrap_keeps_loan.rs:31:5
// CHECK:STDERR:    |
// CHECK:STDERR: 29 |     let r: Result<&str, ()> = Ok(s.as_str());
// CHECK:STDERR:    |                                  ---------- immutable borrow occurs here
// CHECK:STDERR: 30 |     let t = r.unwrap();
// CHECK:STDERR: 31 |     s.push('3');
// CHECK:STDERR:    |     ^^^^^^^^^^^ mutable borrow occurs here
// CHECK:STDERR: 32 |     println!("{}", t);
// CHECK:STDERR:    |                    - immutable borrow later used here
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 4 previous errors
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0502`.
