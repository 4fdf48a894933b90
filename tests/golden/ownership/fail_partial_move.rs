// E0382: one field moved out, then the whole struct used.
struct Inner {
    v: i32,
}

struct Outer {
    first: Inner,
    second: Inner,
}

fn total(o: Outer) -> i32 {
    o.first.v + o.second.v
}

fn main() {
    let o = Outer { first: Inner { v: 1 }, second: Inner { v: 2 } };
    let f = o.first;
    println!("{}", f.v);
    println!("{}", total(o));
}

// CHECK:STDERR: error[E0382]: use of partially moved value: `o`
// CHECK:STDERR:   --> tests/golden/ownership/fail_partial_move.rs:19:26
// CHECK:STDERR:    |
// CHECK:STDERR: 17 |     let f = o.first;
// CHECK:STDERR:    |             ------- value partially moved here
// CHECK:STDERR: 18 |     println!("{}", f.v);
// CHECK:STDERR: 19 |     println!("{}", total(o));
// CHECK:STDERR:    |                          ^ value used here after partial move
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: partial move occurs because `o.first` has type `Inner`, which does not implement the `Copy` trait
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0382`.
