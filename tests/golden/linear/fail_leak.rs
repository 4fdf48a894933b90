// Places that could lose a linear value without consuming it: a `Vec`,
// `drop`, `mem::forget`, a closure, a generic fn, a std method that may
// drop its argument.
#[wasm::linear]
struct Key(u32);

impl Key {
    fn turn(self) -> u32 {
        let Key(n) = self;
        n
    }
}

fn keep<T>(x: T) -> T {
    x
}

fn main() {
    let v: Vec<Key> = Vec::new();
    drop(Key(1));
    wasm::mem::forget(Key(2));
    let k = Key(3);
    let later = move || k.turn();
    let kept = keep(Key(4));
    kept.turn();
    let spare = Some(Key(5));
    let first = spare.unwrap_or(Key(6));
    first.turn();
}

// CHECK:STDERR: warning: unused variable: `v`
// CHECK:STDERR:   --> tests/golden/linear/fail_leak.rs:19:9
// CHECK:STDERR:    |
// CHECK:STDERR: 19 |     let v: Vec<Key> = Vec::new();
// CHECK:STDERR:    |         ^
// CHECK:STDERR:    |
// CHECK:STDERR: help: if this is intentional, prefix it with an underscore
// CHECK:STDERR:    |
// CHECK:STDERR: 19 |     let _v: Vec<Key> = Vec::new();
// CHECK:STDERR:    |         +
// CHECK:STDERR:
// CHECK:STDERR: warning: unused variable: `later`
// CHECK:STDERR:   --> tests/golden/linear/fail_leak.rs:23:9
// CHECK:STDERR:    |
// CHECK:STDERR: 23 |     let later = move || k.turn();
// CHECK:STDERR:    |         ^^^^^
// CHECK:STDERR:    |
// CHECK:STDERR: help: if this is intentional, prefix it with an underscore
// CHECK:STDERR:    |
// CHECK:STDERR: 23 |     let _later = move || k.turn();
// CHECK:STDERR:    |         +
// CHECK:STDERR:
// CHECK:STDERR: error[W1021]: linear values cannot be kept in `Vec<Key>`
// CHECK:STDERR:   --> tests/golden/linear/fail_leak.rs:19:9
// CHECK:STDERR:    |
// CHECK:STDERR: 19 |     let v: Vec<Key> = Vec::new();
// CHECK:STDERR:    |         ^ this has type `Vec<Key>`
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: `Vec<Key>` could drop or leak its linear contents without consuming them
// CHECK:STDERR:    = help: keep linear values in locals, fields, tuples, arrays, `Option` or `Box`
// CHECK:STDERR:
// CHECK:STDERR: error[W1021]: `drop` could drop a linear value
// CHECK:STDERR:   --> tests/golden/linear/fail_leak.rs:20:10
// CHECK:STDERR:    |
// CHECK:STDERR: 20 |     drop(Key(1));
// CHECK:STDERR:    |          ^^^^^^ a value of linear type `Key` is given away here
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: WasmRust cannot show that `drop` consumes a linear value on every path, so it may drop it
// CHECK:STDERR:    = help: take the value out first (`match`, `if let`) and consume it yourself
// CHECK:STDERR:
// CHECK:STDERR: error[W1021]: a linear value cannot be forgotten or dropped explicitly
// CHECK:STDERR:   --> tests/golden/linear/fail_leak.rs:21:23
// CHECK:STDERR:    |
// CHECK:STDERR: 21 |     wasm::mem::forget(Key(2));
// CHECK:STDERR:    |                       ^^^^^^ this value has linear type `Key`
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: a `#[wasm::linear]` value must be consumed by a fn or method that takes it by value
// CHECK:STDERR:    = help: call one of its consuming methods instead
// CHECK:STDERR:
// CHECK:STDERR: error[W1021]: a closure cannot take linear value `k` by value
// CHECK:STDERR:   --> tests/golden/linear/fail_leak.rs:23:17
// CHECK:STDERR:    |
// CHECK:STDERR: 23 |     let later = move || k.turn();
// CHECK:STDERR:    |                 ^^^^^^^   ------ moved into the closure by this use
// CHECK:STDERR:    |                 |
// CHECK:STDERR:    |                 the closure would own `k`
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: a closure may be dropped without being called, which would lose the value
// CHECK:STDERR:    = help: pass `k` to the closure as an argument, or consume it outside
// CHECK:STDERR:
// CHECK:STDERR: error[W1021]: generic fn `keep` could drop a linear value
// CHECK:STDERR:   --> tests/golden/linear/fail_leak.rs:24:21
// CHECK:STDERR:    |
// CHECK:STDERR: 24 |     let kept = keep(Key(4));
// CHECK:STDERR:    |                     ^^^^^^ a value of linear type `Key` is passed as a type parameter here
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: generic fns are checked once with their type parameters opaque, so a linear value is not followed into them
// CHECK:STDERR:    = help: give the fn a parameter of type `Key`, or pass a reference
// CHECK:STDERR:
// CHECK:STDERR: error[W1021]: `Option::unwrap_or` could drop a linear value
// CHECK:STDERR:   --> tests/golden/linear/fail_leak.rs:27:23
// CHECK:STDERR:    |
// CHECK:STDERR: 27 |     let first = spare.unwrap_or(Key(6));
// CHECK:STDERR:    |                       ^^^^^^^^^^^^^^^^^ a value of linear type `Option<Key>` is given away here
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: WasmRust cannot show that `Option::unwrap_or` consumes a linear value on every path, so it may drop it
// CHECK:STDERR:    = help: take the value out first (`match`, `if let`) and consume it yourself
// CHECK:STDERR:
// CHECK:STDERR: error[W1021]: `Option::unwrap_or` could drop a linear value
// CHECK:STDERR:   --> tests/golden/linear/fail_leak.rs:27:33
// CHECK:STDERR:    |
// CHECK:STDERR: 27 |     let first = spare.unwrap_or(Key(6));
// CHECK:STDERR:    |                                 ^^^^^^ a value of linear type `Key` is given away here
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: WasmRust cannot show that `Option::unwrap_or` consumes a linear value on every path, so it may drop it
// CHECK:STDERR:    = help: take the value out first (`match`, `if let`) and consume it yourself
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 7 previous errors; 2 warnings emitted
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W1021`.
