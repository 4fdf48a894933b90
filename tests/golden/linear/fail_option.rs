// An `Option` of a linear value is linear: `if let` without an `else`
// leaves a `Some` unconsumed on the other path, and `Some(_)` does not take
// the value out. Parts of a struct are followed one by one.
#[wasm::linear]
struct Lease(u32);

impl Lease {
    fn release(self) {
        let Lease(_) = self;
    }
}

struct Two {
    first: Lease,
    second: Lease,
}

fn maybe(o: Option<Lease>) {
    if let Some(l) = o {
        l.release();
    }
}

fn peek(o: Option<Lease>) -> bool {
    match o {
        Some(_) => true,
        None => false,
    }
}

fn half(t: Two) {
    t.first.release();
}

fn main() {
    maybe(None);
    peek(None);
    half(Two { first: Lease(1), second: Lease(2) });
}

// CHECK:STDERR: error[W1020]: linear value `o` is dropped without being consumed
// CHECK:STDERR:   --> tests/golden/linear/fail_option.rs:22:1
// CHECK:STDERR:    |
// CHECK:STDERR: 18 | fn maybe(o: Option<Lease>) {
// CHECK:STDERR:    |          - `o` is passed in here, of linear type `Option<Lease>`
// CHECK:STDERR: 19 |     if let Some(l) = o {
// CHECK:STDERR:    |            ------- consumed here, but not on every path that reaches the marked point
// CHECK:STDERR: ...
// CHECK:STDERR: 22 | }
// CHECK:STDERR:    | ^ the fn ends here with `o` unconsumed
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: a value of a `#[wasm::linear]` type must be consumed exactly once: moved into a fn or method that takes it by value, returned, or taken apart by a pattern
// CHECK:STDERR:    = help: `match` it with an arm for every variant that takes the linear value out by value and consumes it
// CHECK:STDERR:
// CHECK:STDERR: error[W1020]: linear value `o` is dropped without being consumed
// CHECK:STDERR:   --> tests/golden/linear/fail_option.rs:29:1
// CHECK:STDERR:    |
// CHECK:STDERR: 24 | fn peek(o: Option<Lease>) -> bool {
// CHECK:STDERR:    |         - `o` is passed in here, of linear type `Option<Lease>`
// CHECK:STDERR: ...
// CHECK:STDERR: 27 |         None => false,
// CHECK:STDERR:    |         ---- consumed here, but not on every path that reaches the marked point
// CHECK:STDERR: 28 |     }
// CHECK:STDERR: 29 | }
// CHECK:STDERR:    | ^ the fn ends here with `o` unconsumed
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: a value of a `#[wasm::linear]` type must be consumed exactly once: moved into a fn or method that takes it by value, returned, or taken apart by a pattern
// CHECK:STDERR:    = help: `match` it with an arm for every variant that takes the linear value out by value and consumes it
// CHECK:STDERR:
// CHECK:STDERR: error[W1020]: linear value `t.second` is dropped without being consumed
// CHECK:STDERR:   --> tests/golden/linear/fail_option.rs:33:1
// CHECK:STDERR:    |
// CHECK:STDERR: 31 | fn half(t: Two) {
// CHECK:STDERR:    |         - `t` is passed in here, of linear type `Two`
// CHECK:STDERR: 32 |     t.first.release();
// CHECK:STDERR: 33 | }
// CHECK:STDERR:    | ^ the fn ends here with `t.second` unconsumed
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: a value of a `#[wasm::linear]` type must be consumed exactly once: moved into a fn or method that takes it by value, returned, or taken apart by a pattern
// CHECK:STDERR:    = help: consume it on this path too, for example with `t.second.release()`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 3 previous errors
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W1020`.
