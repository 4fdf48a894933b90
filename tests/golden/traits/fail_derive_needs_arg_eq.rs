// A derived comparison asks the same of every type argument: `Option<Foo>`
// and `Pair<Foo>` compare only if `Foo` does (E0369), as with rustc.

struct Foo;

#[derive(PartialEq, PartialOrd)]
struct Pair<T> {
    a: T,
    b: T,
}

fn main() {
    let x = Some(Foo);
    let y = Some(Foo);
    println!("{}", x == y);
    let p = Pair { a: Foo, b: Foo };
    let q = Pair { a: Foo, b: Foo };
    println!("{}", p < q);
    let ok = Pair { a: 1, b: 2 } == Pair { a: 1, b: 2 };
    println!("{}", ok);
}

// CHECK:STDERR: error[E0369]: binary operation `==` cannot be applied to type `Option<Foo>`
// CHECK:STDERR:   --> tests/golden/traits/fail_derive_needs_arg_eq.rs:15:22
// CHECK:STDERR:    |
// CHECK:STDERR: 15 |     println!("{}", x == y);
// CHECK:STDERR:    |                    - ^^ - Option<Foo>
// CHECK:STDERR:    |                    |
// CHECK:STDERR:    |                    Option<Foo>
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: an implementation of `PartialEq` might be missing for `Foo`
// CHECK:STDERR:
// CHECK:STDERR: error[E0369]: binary operation `<` cannot be applied to type `Pair<Foo>`
// CHECK:STDERR:   --> tests/golden/traits/fail_derive_needs_arg_eq.rs:18:22
// CHECK:STDERR:    |
// CHECK:STDERR: 18 |     println!("{}", p < q);
// CHECK:STDERR:    |                    - ^ - Pair<Foo>
// CHECK:STDERR:    |                    |
// CHECK:STDERR:    |                    Pair<Foo>
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: an implementation of `PartialOrd` might be missing for `Foo`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 2 previous errors
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0369`.
