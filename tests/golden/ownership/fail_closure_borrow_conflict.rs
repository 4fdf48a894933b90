// E0502: a closure that mutates a captured variable holds a mutable borrow
// of it for as long as the closure is used.
fn main() {
    let mut clicks = 0;
    let mut click = || clicks += 1;
    click();
    println!("{}", clicks);
    click();
}

// CHECK:STDERR: error[E0502]: cannot borrow `clicks` as immutable because it is also borrowed as mutable
// CHECK:STDERR:  --> tests/golden/ownership/fail_closure_borrow_conflict.rs:7:20
// CHECK:STDERR:   |
// CHECK:STDERR: 5 |     let mut click = || clicks += 1;
// CHECK:STDERR:   |                     -- ------ first borrow occurs due to use of `clicks` in closure
// CHECK:STDERR:   |                     |
// CHECK:STDERR:   |                     mutable borrow occurs here
// CHECK:STDERR: 6 |     click();
// CHECK:STDERR: 7 |     println!("{}", clicks);
// CHECK:STDERR:   |                    ^^^^^^ immutable borrow occurs here
// CHECK:STDERR: 8 |     click();
// CHECK:STDERR:   |     ----- mutable borrow later used here
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0502`.
