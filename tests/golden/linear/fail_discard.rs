// Dropping a linear value by discarding it: an expression statement,
// `let _ =`, a borrow of a temporary, assigning over a live value.
#[wasm::linear]
struct Conn(u32);

impl Conn {
    fn open(id: u32) -> Conn {
        Conn(id)
    }
    fn ping(&self) -> u32 {
        self.0
    }
    fn hang_up(self) {
        let Conn(_) = self;
    }
}

fn main() {
    Conn::open(1);
    let _ = Conn::open(2);
    println!("{}", Conn::open(3).ping());
    let mut c = Conn::open(4);
    c = Conn::open(5);
    c.hang_up();
}

// CHECK:STDERR: error[W1020]: a value of linear type `Conn` is dropped without being consumed
// CHECK:STDERR:   --> tests/golden/linear/fail_discard.rs:19:5
// CHECK:STDERR:    |
// CHECK:STDERR: 19 |     Conn::open(1);
// CHECK:STDERR:    |     ^^^^^^^^^^^^^ this value is dropped at the end of this statement
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: a `#[wasm::linear]` value must be moved into a fn or method that consumes it
// CHECK:STDERR:    = help: bind it (`let v = ...;`) and consume `v`, or pass it straight to a consuming fn
// CHECK:STDERR:
// CHECK:STDERR: error[W1020]: a value of linear type `Conn` is dropped without being consumed
// CHECK:STDERR:   --> tests/golden/linear/fail_discard.rs:20:13
// CHECK:STDERR:    |
// CHECK:STDERR: 20 |     let _ = Conn::open(2);
// CHECK:STDERR:    |             ^^^^^^^^^^^^^ this value is dropped at once: `let _ =` does not bind it
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: a `#[wasm::linear]` value must be moved into a fn or method that consumes it
// CHECK:STDERR:    = help: bind it (`let v = ...;`) and consume `v`, or pass it straight to a consuming fn
// CHECK:STDERR:
// CHECK:STDERR: error[W1020]: a value of linear type `Conn` is dropped without being consumed
// CHECK:STDERR:   --> tests/golden/linear/fail_discard.rs:21:20
// CHECK:STDERR:    |
// CHECK:STDERR: 21 |     println!("{}", Conn::open(3).ping());
// CHECK:STDERR:    |                    ^^^^^^^^^^^^^ this value is borrowed for this call, then dropped
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: a `#[wasm::linear]` value must be moved into a fn or method that consumes it
// CHECK:STDERR:    = help: bind it (`let v = ...;`) and consume `v`, or pass it straight to a consuming fn
// CHECK:STDERR:
// CHECK:STDERR: error[W1020]: linear value `c` is overwritten without being consumed
// CHECK:STDERR:   --> tests/golden/linear/fail_discard.rs:23:5
// CHECK:STDERR:    |
// CHECK:STDERR: 22 |     let mut c = Conn::open(4);
// CHECK:STDERR:    |         ----- `c` is declared here
// CHECK:STDERR: 23 |     c = Conn::open(5);
// CHECK:STDERR:    |     ^^^^^^^^^^^^^^^^^ the old value of `c` would be dropped here
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: a value of a `#[wasm::linear]` type must be consumed exactly once
// CHECK:STDERR:    = help: consume the old value first, for example with `c.hang_up()`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 4 previous errors
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W1020`.
