// Private items named through a path from outside their module (E0603):
// a fn, a `pub(super)` fn from two levels up, a module, and a unit struct.
mod shop {
    fn restock() {}

    pub mod till {
        pub(super) fn open_drawer() {}
        pub fn ring() {
            // A child sees its parent's private items.
            super::restock();
        }
    }

    mod back_office {
        pub fn payroll() {}
    }

    struct Secret;

    pub fn run() {
        till::open_drawer();
        back_office::payroll();
        let _s = Secret;
    }
}

fn main() {
    shop::run();
    shop::till::ring();
    shop::restock();
    shop::till::open_drawer();
    shop::back_office::payroll();
    let _s = shop::Secret;
}

// CHECK:STDERR: error[E0603]: function `restock` is private
// CHECK:STDERR:   --> tests/golden/modules/fail_private_item_path.rs:30:11
// CHECK:STDERR:    |
// CHECK:STDERR:  4 |     fn restock() {}
// CHECK:STDERR:    |     ---------- the function `restock` is defined here
// CHECK:STDERR: ...
// CHECK:STDERR: 30 |     shop::restock();
// CHECK:STDERR:    |           ^^^^^^^ private function
// CHECK:STDERR:    |
// CHECK:STDERR:    = help: consider making it public: `pub fn restock` (or `pub(crate)`)
// CHECK:STDERR:
// CHECK:STDERR: error[E0603]: function `open_drawer` is private
// CHECK:STDERR:   --> tests/golden/modules/fail_private_item_path.rs:31:17
// CHECK:STDERR:    |
// CHECK:STDERR:  7 |         pub(super) fn open_drawer() {}
// CHECK:STDERR:    |         ------------------------- the function `open_drawer` is defined here
// CHECK:STDERR: ...
// CHECK:STDERR: 31 |     shop::till::open_drawer();
// CHECK:STDERR:    |                 ^^^^^^^^^^^ private function
// CHECK:STDERR:    |
// CHECK:STDERR:    = help: consider making it public: `pub fn open_drawer` (or `pub(crate)`)
// CHECK:STDERR:
// CHECK:STDERR: error[E0603]: module `back_office` is private
// CHECK:STDERR:   --> tests/golden/modules/fail_private_item_path.rs:32:11
// CHECK:STDERR:    |
// CHECK:STDERR: 14 |     mod back_office {
// CHECK:STDERR:    |     --------------- the module `back_office` is defined here
// CHECK:STDERR: ...
// CHECK:STDERR: 32 |     shop::back_office::payroll();
// CHECK:STDERR:    |           ^^^^^^^^^^^ private module
// CHECK:STDERR:    |
// CHECK:STDERR:    = help: consider making it public: `pub mod back_office` (or `pub(crate)`)
// CHECK:STDERR:
// CHECK:STDERR: error[E0603]: unit struct `Secret` is private
// CHECK:STDERR:   --> tests/golden/modules/fail_private_item_path.rs:33:20
// CHECK:STDERR:    |
// CHECK:STDERR: 18 |     struct Secret;
// CHECK:STDERR:    |     ------------- the unit struct `Secret` is defined here
// CHECK:STDERR: ...
// CHECK:STDERR: 33 |     let _s = shop::Secret;
// CHECK:STDERR:    |                    ^^^^^^ private unit struct
// CHECK:STDERR:    |
// CHECK:STDERR:    = help: consider making it public: `pub struct Secret` (or `pub(crate)`)
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 4 previous errors
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0603`.
