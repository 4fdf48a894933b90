// A name can be bound only once in a pattern (E0416).
fn main() {
    let point = (1, 2);
    let (a, a) = point;
    println!("{}", a);
}

// CHECK:STDERR: error[E0416]: identifier `a` is bound more than once in the same pattern
// CHECK:STDERR:  --> tests/golden/patterns/fail_bound_twice.rs:4:13
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     let (a, a) = point;
// CHECK:STDERR:   |             ^ used in a pattern more than once
// CHECK:STDERR:
// CHECK:STDERR: warning: unused variable: `a`
// CHECK:STDERR:  --> tests/golden/patterns/fail_bound_twice.rs:4:10
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     let (a, a) = point;
// CHECK:STDERR:   |          ^
// CHECK:STDERR:   |
// CHECK:STDERR: help: if this is intentional, prefix it with an underscore
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     let (_a, a) = point;
// CHECK:STDERR:   |          +
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error; 1 warning emitted
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0416`.
