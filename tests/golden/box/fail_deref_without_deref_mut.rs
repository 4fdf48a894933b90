// A type with Deref but no DerefMut cannot be written through.
use std::ops::Deref;

struct Wrapper {
    value: i32,
}

impl Deref for Wrapper {
    type Target = i32;
    fn deref(&self) -> &i32 {
        &self.value
    }
}

fn main() {
    let mut w = Wrapper { value: 1 };
    println!("{}", *w + 1);
    *w = 5;
}

// CHECK:STDERR: error[E0594]: cannot assign to data in dereference of `Wrapper`
// CHECK:STDERR:   --> tests/golden/box/fail_deref_without_deref_mut.rs:18:5
// CHECK:STDERR:    |
// CHECK:STDERR: 18 |     *w = 5;
// CHECK:STDERR:    |     ^^^^^^ cannot assign
// CHECK:STDERR:    |
// CHECK:STDERR:    = help: trait `DerefMut` is required to modify through a dereference, but it is not implemented for `Wrapper`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0594`.
