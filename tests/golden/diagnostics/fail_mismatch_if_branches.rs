// E0308: if and else branches of different types.
fn main() {
    let n = 4;
    let label = if n % 2 == 0 { 1 } else { 'o' };
    println!("{}", label);
}

// CHECK:STDERR: error[E0308]: `if` and `else` have incompatible types
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_mismatch_if_branches.rs:4:44
// CHECK:STDERR:   |
// CHECK:STDERR: 4 |     let label = if n % 2 == 0 { 1 } else { 'o' };
// CHECK:STDERR:   |                                 -          ^^^ expected integer, found `char`
// CHECK:STDERR:   |                                 |
// CHECK:STDERR:   |                                 expected because of this
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0308`.
