// Three independent syntax errors: the parser recovers after each one and
// reports all three.
struct Pair {
    left: i32
    right: i32,
}

fn first() -> i32 {
    let a = ;
    a
}

fn second() -> i32 {
    let b: i32 = 2
    b
}

fn main() {
    println!("{} {}", first(), second());
}

// CHECK:STDERR: error: expected `}`, found `right`
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_multiple_syntax_errors.rs:5:5
// CHECK:STDERR:   |
// CHECK:STDERR: 5 |     right: i32,
// CHECK:STDERR:   |     ^^^^^ expected `}`
// CHECK:STDERR:
// CHECK:STDERR: error: expected expression, found `;`
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_multiple_syntax_errors.rs:9:13
// CHECK:STDERR:   |
// CHECK:STDERR: 9 |     let a = ;
// CHECK:STDERR:   |             ^ expected expression
// CHECK:STDERR:
// CHECK:STDERR: error: expected `;`, found `b`
// CHECK:STDERR:   --> tests/golden/diagnostics/fail_multiple_syntax_errors.rs:14:19
// CHECK:STDERR:    |
// CHECK:STDERR: 14 |     let b: i32 = 2
// CHECK:STDERR:    |                   ^ expected `;`
// CHECK:STDERR: 15 |     b
// CHECK:STDERR:    |     - unexpected token
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 3 previous errors
// CHECK:STDERR:
