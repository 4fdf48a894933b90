// E0499: two mutable borrows of one value, both still in use.
struct Gauge {
    level: i32,
}

fn raise(g: &mut Gauge, by: i32) {
    g.level += by;
}

fn main() {
    let mut g = Gauge { level: 0 };
    let a = &mut g;
    let b = &mut g;
    raise(a, 1);
    raise(b, 2);
    println!("{}", g.level);
}

// CHECK:STDERR: error[E0499]: cannot borrow `g` as mutable more than once at a time
// CHECK:STDERR:   --> tests/golden/ownership/fail_two_mutable_borrows.rs:13:13
// CHECK:STDERR:    |
// CHECK:STDERR: 12 |     let a = &mut g;
// CHECK:STDERR:    |             ------ first mutable borrow occurs here
// CHECK:STDERR: 13 |     let b = &mut g;
// CHECK:STDERR:    |             ^^^^^^ second mutable borrow occurs here
// CHECK:STDERR: 14 |     raise(a, 1);
// CHECK:STDERR:    |           - first borrow later used here
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0499`.
