// MODE: test
// A `#[test]` fn is called by the test runner with no arguments.
#[test]
fn adds(a: i32, b: i32) {
    assert_eq!(a + b, 3);
}

fn main() {}

// CHECK:STDERR: error: functions used as tests can not have any arguments
// CHECK:STDERR:  --> tests/golden/testing/fail_test_with_args.rs:4:1
// CHECK:STDERR:   |
// CHECK:STDERR: 4 | / fn adds(a: i32, b: i32) {
// CHECK:STDERR: 5 | |     assert_eq!(a + b, 3);
// CHECK:STDERR: 6 | | }
// CHECK:STDERR:   | |_^
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
