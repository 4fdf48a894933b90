// E0506: a method returning a reference into `self` keeps `self` borrowed
// while that reference is used (lifetime elision ties the two).
struct Stack {
    top: i32,
    depth: u32,
}

impl Stack {
    fn peek(&self) -> &i32 {
        &self.top
    }
}

fn main() {
    let mut s = Stack { top: 5, depth: 1 };
    let t = s.peek();
    s.top = 6;
    println!("{} {}", t, s.depth);
}

// CHECK:STDERR: error[E0506]: cannot assign to `s.top` because it is borrowed
// CHECK:STDERR:   --> tests/golden/ownership/fail_returned_reference_borrows.rs:17:5
// CHECK:STDERR:    |
// CHECK:STDERR: 16 |     let t = s.peek();
// CHECK:STDERR:    |             -------- borrow of `s.top` occurs here
// CHECK:STDERR: 17 |     s.top = 6;
// CHECK:STDERR:    |     ^^^^^^^^^ assignment to borrowed `s.top` occurs here
// CHECK:STDERR: 18 |     println!("{} {}", t, s.depth);
// CHECK:STDERR:    |                       - borrow later used here
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0506`.
