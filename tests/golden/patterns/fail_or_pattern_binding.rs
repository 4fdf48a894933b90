// Every alternative of an or-pattern must bind the same names (E0408).
enum Pair {
    Left(i32),
    Right(i32),
    Neither,
}

fn main() {
    let p = Pair::Left(1);
    match p {
        Pair::Left(x) | Pair::Neither => println!("{}", x),
        Pair::Right(_) => {}
    }
}

// CHECK:STDERR: error[E0408]: variable `x` is not bound in all patterns
// CHECK:STDERR:   --> tests/golden/patterns/fail_or_pattern_binding.rs:11:25
// CHECK:STDERR:    |
// CHECK:STDERR: 11 |         Pair::Left(x) | Pair::Neither => println!("{}", x),
// CHECK:STDERR:    |                    -    ^^^^^^^^^^^^^ pattern doesn't bind `x`
// CHECK:STDERR:    |                    |
// CHECK:STDERR:    |                    variable not in all patterns
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0408`.
