// E0382: a closure that moves a captured value out takes it by value when
// it is made.
struct Secret {
    code: u64,
}

fn reveal(s: Secret) -> u64 {
    s.code
}

fn main() {
    let secret = Secret { code: 1234 };
    let open = || reveal(secret);
    println!("{}", secret.code);
    println!("{}", open());
}

// CHECK:STDERR: error[E0382]: borrow of moved value: `secret`
// CHECK:STDERR:   --> tests/golden/ownership/fail_closure_moves_capture.rs:14:20
// CHECK:STDERR:    |
// CHECK:STDERR: 12 |     let secret = Secret { code: 1234 };
// CHECK:STDERR:    |         ------ move occurs because `secret` has type `Secret`, which does not implement the `Copy` trait
// CHECK:STDERR: 13 |     let open = || reveal(secret);
// CHECK:STDERR:    |                --        ------ variable moved due to use in closure
// CHECK:STDERR:    |                |
// CHECK:STDERR:    |                value moved into closure here
// CHECK:STDERR: 14 |     println!("{}", secret.code);
// CHECK:STDERR:    |                    ^^^^^^^^^^^ value borrowed here after move
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0382`.
