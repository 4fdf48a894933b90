// Several errors inside one function body, each independent of the others.
struct Pair {
    left: i32,
    right: i32,
}

fn main() {
    let p = Pair { left: 1, right: 2 };
    let x = p.middle;
    let y: u8 = p.left;
    let z = undefined_function(x);
    p.swap();
    println!("{} {} {}", x, y, z);
}

// CHECK:STDERR: error[E0425]: cannot find function `undefined_function` in this scope
// CHECK:STDERR:   --> tests/golden/diagnostics/fail_multiple_in_one_function.rs:11:13
// CHECK:STDERR:    |
// CHECK:STDERR: 11 |     let z = undefined_function(x);
// CHECK:STDERR:    |             ^^^^^^^^^^^^^^^^^^ not found in this scope
// CHECK:STDERR:
// CHECK:STDERR: error[E0609]: no field `middle` on type `Pair`
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_multiple_in_one_function.rs:9:15
// CHECK:STDERR:   |
// CHECK:STDERR: 9 |     let x = p.middle;
// CHECK:STDERR:   |               ^^^^^^ unknown field
// CHECK:STDERR:   |
// CHECK:STDERR:   = note: available fields are: `left`, `right`
// CHECK:STDERR:
// CHECK:STDERR: error[E0308]: mismatched types
// CHECK:STDERR:   --> tests/golden/diagnostics/fail_multiple_in_one_function.rs:10:17
// CHECK:STDERR:    |
// CHECK:STDERR: 10 |     let y: u8 = p.left;
// CHECK:STDERR:    |            --   ^^^^^^ expected `u8`, found `i32`
// CHECK:STDERR:    |            |
// CHECK:STDERR:    |            expected due to this
// CHECK:STDERR:
// CHECK:STDERR: error[E0599]: no method named `swap` found for struct `Pair` in the current scope
// CHECK:STDERR:   --> tests/golden/diagnostics/fail_multiple_in_one_function.rs:12:7
// CHECK:STDERR:    |
// CHECK:STDERR:  2 | struct Pair {
// CHECK:STDERR:    |        ---- method `swap` not found for this struct
// CHECK:STDERR: ...
// CHECK:STDERR: 12 |     p.swap();
// CHECK:STDERR:    |       ^^^^ method not found in `Pair`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 4 previous errors
// CHECK:STDERR:
// CHECK:STDERR: Some errors have detailed explanations: E0308, E0425, E0599, E0609.
// CHECK:STDERR: For more information about an error, try `wasmrust explain E0308`.
