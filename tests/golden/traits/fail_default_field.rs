// A derived Default needs every field's type to have a default.
struct Socket {
    fd: i32,
}

#[derive(Default)]
struct Server {
    port: u16,
    socket: Socket,
}

fn main() {
    let s = Server::default();
    println!("{}", s.port);
}

// CHECK:STDERR: error[E0277]: the trait bound `Socket: Default` is not satisfied
// CHECK:STDERR:  --> tests/golden/traits/fail_default_field.rs:9:5
// CHECK:STDERR:   |
// CHECK:STDERR: 9 |     socket: Socket,
// CHECK:STDERR:   |     ^^^^^^^^^^^^^^ the trait `Default` is not implemented for `Socket`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0277`.
