// E0596: a &mut self method called on an immutable binding.
struct Stack {
    top: u32,
}

impl Stack {
    fn push(&mut self) {
        self.top += 1;
    }
}

fn main() {
    let s = Stack { top: 0 };
    s.push();
    println!("{}", s.top);
}

// CHECK:STDERR: error[E0596]: cannot borrow `s` as mutable, as it is not declared as mutable
// CHECK:STDERR:   --> tests/golden/diagnostics/fail_wrong_method_receiver.rs:14:5
// CHECK:STDERR:    |
// CHECK:STDERR: 14 |     s.push();
// CHECK:STDERR:    |     ^ cannot borrow as mutable
// CHECK:STDERR:    |
// CHECK:STDERR: help: consider changing this to be mutable
// CHECK:STDERR:    |
// CHECK:STDERR: 13 |     let mut s = Stack { top: 0 };
// CHECK:STDERR:    |         +++
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0596`.
