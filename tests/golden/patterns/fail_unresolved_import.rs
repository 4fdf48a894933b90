// `use` of a variant the enum does not have (E0432).
enum Color {
    Red,
    Green,
}

use Color::Blue;

fn main() {
    let c = Color::Red;
    match c {
        Color::Red => println!("red"),
        Color::Green => println!("green"),
    }
}

// CHECK:STDERR: error[E0432]: unresolved import `Color::Blue`
// CHECK:STDERR:  --> tests/golden/patterns/fail_unresolved_import.rs:7:5
// CHECK:STDERR:   |
// CHECK:STDERR: 7 | use Color::Blue;
// CHECK:STDERR:   |     ^^^^^^^^^^^ no `Blue` in `Color`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0432`.
