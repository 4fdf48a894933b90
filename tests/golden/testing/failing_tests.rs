// MODE: test
// Failing tests: an assertion with a message, a test that should have
// panicked and did not, a wrong expected panic message, and the output a
// failing test printed, shown under its name. The run exits with 101.
fn double(x: i32) -> i32 {
    x * 2
}

#[test]
fn doubles() {
    assert_eq!(double(4), 8);
}

#[test]
fn doubles_wrongly() {
    println!("checking double(3)");
    assert_eq!(double(3), 7, "double(3) should be {}", 7);
}

#[test]
#[should_panic]
fn never_panics() {
    let _ = double(1);
}

#[test]
#[should_panic(expected = "overflow")]
fn panics_with_another_message() {
    panic!("something else went wrong");
}

#[test]
fn prints_and_passes() {
    println!("this output is captured and not shown");
}

fn main() {}

// CHECK:STDOUT:
// CHECK:STDOUT: running 5 tests
// CHECK:STDOUT: test doubles ... ok
// CHECK:STDOUT: test doubles_wrongly ... FAILED
// CHECK:STDOUT: test never_panics - should panic ... FAILED
// CHECK:STDOUT: test panics_with_another_message - should panic ... FAILED
// CHECK:STDOUT: test prints_and_passes ... ok
// CHECK:STDOUT:
// CHECK:STDOUT: failures:
// CHECK:STDOUT:
// CHECK:STDOUT: ---- doubles_wrongly stdout ----
// CHECK:STDOUT: checking double(3)
// CHECK:STDOUT: thread 'doubles_wrongly' panicked at tests/golden/testing/failing_tests.rs:17:5:
// CHECK:STDOUT: assertion `left == right` failed: double(3) should be 7
// CHECK:STDOUT:   left: 6
// CHECK:STDOUT:  right: 7
// CHECK:STDOUT: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:STDOUT:
// CHECK:STDOUT: ---- never_panics stdout ----
// CHECK:STDOUT: note: test did not panic as expected
// CHECK:STDOUT: ---- panics_with_another_message stdout ----
// CHECK:STDOUT: thread 'panics_with_another_message' panicked at tests/golden/testing/failing_tests.rs:29:5:
// CHECK:STDOUT: something else went wrong
// CHECK:STDOUT: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:STDOUT: note: panic did not contain expected string
// CHECK:STDOUT:       panic message: `"something else went wrong"`,
// CHECK:STDOUT:  expected substring: `"overflow"`
// CHECK:STDOUT:
// CHECK:STDOUT: failures:
// CHECK:STDOUT:     doubles_wrongly
// CHECK:STDOUT:     never_panics
// CHECK:STDOUT:     panics_with_another_message
// CHECK:STDOUT:
// CHECK:STDOUT: test result: FAILED. 2 passed; 3 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s
// CHECK:STDOUT:
// CHECK:EXIT: 101
