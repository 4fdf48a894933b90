// Writing through a `&` reference (E0594).
struct Counter {
    count: u32,
}

fn bump(c: &Counter) {
    c.count += 1;
}

fn main() {
    let c = Counter { count: 0 };
    bump(&c);
    println!("{}", c.count);
}

// CHECK:STDERR: error[E0594]: cannot assign to `c.count`, which is behind a `&` reference
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_assign_through_shared_ref.rs:7:5
// CHECK:STDERR:   |
// CHECK:STDERR: 7 |     c.count += 1;
// CHECK:STDERR:   |     ^^^^^^^^^^^^ `c` is a `&` reference, so the data it refers to cannot be written
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0594`.
