// A pattern's path must be the right kind of variant (E0532).
enum Light {
    Red,
    Green,
    Dim(u8),
}

fn main() {
    let l = Light::Dim(3);
    match l {
        Light::Red(x) => println!("{}", x),
        Light::Dim => {}
        _ => {}
    }
}

// CHECK:STDERR: error[E0532]: expected tuple struct or tuple variant, found unit variant `Light::Red`
// CHECK:STDERR:   --> tests/golden/patterns/fail_unit_variant_called.rs:11:9
// CHECK:STDERR:    |
// CHECK:STDERR: 11 |         Light::Red(x) => println!("{}", x),
// CHECK:STDERR:    |         ^^^^^^^^^^^^^ not a tuple struct or tuple variant
// CHECK:STDERR:
// CHECK:STDERR: error[E0532]: expected unit struct, unit variant or constant, found tuple variant `Light::Dim`
// CHECK:STDERR:   --> tests/golden/patterns/fail_unit_variant_called.rs:12:9
// CHECK:STDERR:    |
// CHECK:STDERR: 12 |         Light::Dim => {}
// CHECK:STDERR:    |         ^^^^^^^^^^ not a unit struct, unit variant or constant
// CHECK:STDERR:    |
// CHECK:STDERR:    = help: use the tuple variant pattern syntax: `Light::Dim(..)`
// CHECK:STDERR:
// CHECK:STDERR: warning: unreachable pattern
// CHECK:STDERR:   --> tests/golden/patterns/fail_unit_variant_called.rs:12:9
// CHECK:STDERR:    |
// CHECK:STDERR: 12 |         Light::Dim => {}
// CHECK:STDERR:    |         ^^^^^^^^^^
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: `#[warn(unreachable_patterns)]` on by default
// CHECK:STDERR:
// CHECK:STDERR: warning: unreachable pattern
// CHECK:STDERR:   --> tests/golden/patterns/fail_unit_variant_called.rs:13:9
// CHECK:STDERR:    |
// CHECK:STDERR: 13 |         _ => {}
// CHECK:STDERR:    |         ^
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: `#[warn(unreachable_patterns)]` on by default
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 2 previous errors; 2 warnings emitted
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0532`.
