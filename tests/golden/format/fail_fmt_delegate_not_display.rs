// `fmt::Display::fmt` of a field whose type has no Display impl.
use std::fmt;

struct Names(Vec<String>);

impl fmt::Display for Names {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

fn main() {
    println!("{}", Names(vec![]));
}

// CHECK:STDERR: error[E0277]: `Vec<String>` doesn't implement `std::fmt::Display`
// CHECK:STDERR:  --> tests/golden/format/fail_fmt_delegate_not_display.rs:8:27
// CHECK:STDERR:   |
// CHECK:STDERR: 8 |         fmt::Display::fmt(&self.0, f)
// CHECK:STDERR:   |                           ^^^^^^^ the trait `std::fmt::Display` is not implemented for `Vec<String>`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0277`.
