// RUSTC: skip — `let ... else` is stable since Rust 1.65; Debian's rustc is 1.63
// The `else` block of `let ... else` must not finish normally (E0308).
enum Reading {
    Value(i32),
    Missing,
}

fn main() {
    let r = Reading::Value(3);
    let Reading::Value(v) = r else {
        println!("missing");
    };
    println!("{}", v);
    let _ = Reading::Missing;
}

// CHECK:STDERR: error[E0308]: `else` clause of `let...else` does not diverge
// CHECK:STDERR:   --> tests/golden/patterns/fail_let_else_no_diverge.rs:10:36
// CHECK:STDERR:    |
// CHECK:STDERR: 10 |       let Reading::Value(v) = r else {
// CHECK:STDERR:    |  ____________________________________^
// CHECK:STDERR: 11 | |         println!("missing");
// CHECK:STDERR: 12 | |     };
// CHECK:STDERR:    | |_____^ expected `!`, found `()`
// CHECK:STDERR:    |
// CHECK:STDERR:    = help: try adding a diverging expression, such as `return` or `panic!(..)`, at the end of the block
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0308`.
