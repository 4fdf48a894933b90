// E0506: a method that stores its argument (`&'a i32`, the holder's own
// lifetime) keeps the argument borrowed as long as the holder is used.
struct Holder<'a> {
    last: Option<&'a i32>,
}

impl<'a> Holder<'a> {
    fn keep(&mut self, r: &'a i32) {
        self.last = Some(r);
    }
}

fn main() {
    let mut level = 1;
    let mut h = Holder { last: None };
    h.keep(&level);
    level += 1;
    println!("{:?} {}", h.last, level);
}

// CHECK:STDERR: error[E0506]: cannot assign to `level` because it is borrowed
// CHECK:STDERR:   --> tests/golden/ownership/fail_lifetime_stored.rs:17:5
// CHECK:STDERR:    |
// CHECK:STDERR: 16 |     h.keep(&level);
// CHECK:STDERR:    |            ------ borrow of `level` occurs here
// CHECK:STDERR: 17 |     level += 1;
// CHECK:STDERR:    |     ^^^^^^^^^^ assignment to borrowed `level` occurs here
// CHECK:STDERR: 18 |     println!("{:?} {}", h.last, level);
// CHECK:STDERR:    |                         ------ borrow later used here
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0506`.
