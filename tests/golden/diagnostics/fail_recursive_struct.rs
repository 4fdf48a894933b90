// A struct that contains itself by value has infinite size (E0072).
struct Node {
    value: i32,
    next: Node,
}

fn main() {
    println!("nodes");
}

// CHECK:STDERR: error[E0072]: recursive type `Node` has infinite size
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_recursive_struct.rs:2:8
// CHECK:STDERR:   |
// CHECK:STDERR: 2 | struct Node {
// CHECK:STDERR:   |        ^^^^ recursive type has infinite size
// CHECK:STDERR: 3 |     value: i32,
// CHECK:STDERR: 4 |     next: Node,
// CHECK:STDERR:   |     ---------- recursive without indirection
// CHECK:STDERR:   |
// CHECK:STDERR:   = help: insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0072`.
