// E0499: two-phase borrows let a method's arguments read its receiver,
// not borrow it mutably.
struct Meter {
    total: i32,
}

impl Meter {
    fn add_from(&mut self, source: &mut i32) {
        self.total += *source;
        *source = 0;
    }
}

fn main() {
    let mut m = Meter { total: 1 };
    m.add_from(&mut m.total);
    println!("{}", m.total);
}

// CHECK:STDERR: error[E0499]: cannot borrow `m` as mutable more than once at a time
// CHECK:STDERR:   --> tests/golden/ownership/fail_two_phase_conflict.rs:16:5
// CHECK:STDERR:    |
// CHECK:STDERR: 16 |     m.add_from(&mut m.total);
// CHECK:STDERR:    |     ^^--------^------------^
// CHECK:STDERR:    |     | |        |
// CHECK:STDERR:    |     | |        first mutable borrow occurs here
// CHECK:STDERR:    |     | first borrow later used by call
// CHECK:STDERR:    |     second mutable borrow occurs here
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0499`.
