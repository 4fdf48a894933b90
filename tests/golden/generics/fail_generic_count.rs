// A generic struct named without its arguments, and with too many (E0107).
struct Pair<T> {
    a: T,
    b: T,
}

fn first(p: Pair) -> i32 {
    p.a
}

fn second(p: Pair<i32, i32>) -> i32 {
    p.b
}

fn main() {
    println!("{}", first(Pair { a: 1, b: 2 }) + second(Pair { a: 3, b: 4 }));
}

// CHECK:STDERR: error[E0107]: missing generics for struct `Pair`
// CHECK:STDERR:  --> tests/golden/generics/fail_generic_count.rs:7:13
// CHECK:STDERR:   |
// CHECK:STDERR: 7 | fn first(p: Pair) -> i32 {
// CHECK:STDERR:   |             ^^^^ expected 1 generic argument
// CHECK:STDERR:   |
// CHECK:STDERR: help: add missing generic argument
// CHECK:STDERR:   |
// CHECK:STDERR: 7 | fn first(p: Pair<T>) -> i32 {
// CHECK:STDERR:   |                 +++
// CHECK:STDERR:
// CHECK:STDERR: error[E0107]: struct takes 1 generic argument but 2 generic arguments were supplied
// CHECK:STDERR:   --> tests/golden/generics/fail_generic_count.rs:11:14
// CHECK:STDERR:    |
// CHECK:STDERR: 11 | fn second(p: Pair<i32, i32>) -> i32 {
// CHECK:STDERR:    |              ^^^^ expected 1 generic argument
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 2 previous errors
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0107`.
