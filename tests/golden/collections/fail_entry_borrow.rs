// The `&mut V` that `entry(..).or_insert(..)` returns keeps the map
// mutably borrowed: reading the map while it is alive is rejected.
use std::collections::HashMap;

fn main() {
    let mut flags: HashMap<&str, bool> = HashMap::new();
    let v = flags.entry("verbose").or_insert(false);
    println!("quiet {:?}", flags.get("quiet"));
    *v = true;
}

// CHECK:STDERR: error[E0502]: cannot borrow `flags` as immutable because it is also borrowed as mutable
// CHECK:STDERR:  --> tests/golden/collections/fail_entry_borrow.rs:8:28
// CHECK:STDERR:   |
// CHECK:STDERR: 7 |     let v = flags.entry("verbose").or_insert(false);
// CHECK:STDERR:   |             ---------------------- mutable borrow occurs here
// CHECK:STDERR: 8 |     println!("quiet {:?}", flags.get("quiet"));
// CHECK:STDERR:   |                            ^^^^^^^^^^^^^^^^^^ immutable borrow occurs here
// CHECK:STDERR: 9 |     *v = true;
// CHECK:STDERR:   |     --------- mutable borrow later used here
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0502`.
