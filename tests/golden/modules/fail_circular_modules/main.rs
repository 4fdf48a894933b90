// Module files that include each other through `#[path]`: reported once,
// and the compiler does not loop.
mod first;

fn main() {
    first::f();
}

// CHECK:STDERR: error: circular modules: tests/golden/modules/fail_circular_modules/first.rs -> tests/golden/modules/fail_circular_modules/second.rs -> tests/golden/modules/fail_circular_modules/first.rs
// CHECK:STDERR:  --> tests/golden/modules/fail_circular_modules/second.rs:2:1
// CHECK:STDERR:   |
// CHECK:STDERR: 2 | mod again;
// CHECK:STDERR:   | ^^^^^^^^^^
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
