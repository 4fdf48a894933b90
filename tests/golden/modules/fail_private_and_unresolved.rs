// Names from other modules: an import of something that does not exist,
// and a parent's item used in a child module without `use super::...`.
mod a {
    pub fn f() -> i32 {
        1
    }
}

mod b {
    pub fn g() -> i32 {
        helper() + 1
    }
}

use a::missing;

fn helper() -> i32 {
    2
}

fn main() {
    println!("{}", a::f() + b::g());
}

// CHECK:STDERR: error[E0432]: unresolved import `a::missing`
// CHECK:STDERR:   --> tests/golden/modules/fail_private_and_unresolved.rs:15:5
// CHECK:STDERR:    |
// CHECK:STDERR: 15 | use a::missing;
// CHECK:STDERR:    |     ^^^^^^^^^^ no `missing` in `a`
// CHECK:STDERR:
// CHECK:STDERR: error[E0425]: cannot find function `helper` in this scope
// CHECK:STDERR:   --> tests/golden/modules/fail_private_and_unresolved.rs:11:9
// CHECK:STDERR:    |
// CHECK:STDERR: 11 |         helper() + 1
// CHECK:STDERR:    |         ^^^^^^ not found in this scope
// CHECK:STDERR:    |
// CHECK:STDERR:    = help: consider importing this function: `use crate::helper;`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 2 previous errors
// CHECK:STDERR:
// CHECK:STDERR: Some errors have detailed explanations: E0425, E0432.
// CHECK:STDERR: For more information about an error, try `wasmrust explain E0425`.
