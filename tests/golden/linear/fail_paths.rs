// Every path out of a linear value's scope must consume it: an early
// `return`, a `?`, a `break` and the end of the fn each leave it behind.
#[wasm::linear]
struct File(u32);

impl File {
    fn close(self) -> u32 {
        let File(fd) = self;
        fd
    }
}

fn early(ok: bool) -> u32 {
    let f = File(1);
    if !ok {
        return 0;
    }
    f.close()
}

fn parse(s: &str) -> Result<u32, std::num::ParseIntError> {
    let f = File(2);
    let n: u32 = s.parse()?;
    Ok(f.close() + n)
}

fn looped() {
    for i in 0..3 {
        let f = File(i);
        if i == 1 {
            break;
        }
        f.close();
    }
}

fn forgotten(f: File) -> u32 {
    7
}

fn main() {
    early(true);
    parse("1").unwrap();
    looped();
    forgotten(File(4));
}

// CHECK:STDERR: warning: unused variable: `f`
// CHECK:STDERR:   --> tests/golden/linear/fail_paths.rs:37:14
// CHECK:STDERR:    |
// CHECK:STDERR: 37 | fn forgotten(f: File) -> u32 {
// CHECK:STDERR:    |              ^
// CHECK:STDERR:    |
// CHECK:STDERR: help: if this is intentional, prefix it with an underscore
// CHECK:STDERR:    |
// CHECK:STDERR: 37 | fn forgotten(_f: File) -> u32 {
// CHECK:STDERR:    |              +
// CHECK:STDERR:
// CHECK:STDERR: error[W1020]: linear value `f` is dropped without being consumed
// CHECK:STDERR:   --> tests/golden/linear/fail_paths.rs:16:9
// CHECK:STDERR:    |
// CHECK:STDERR: 14 |     let f = File(1);
// CHECK:STDERR:    |         - `f` gets its value here, of linear type `File`
// CHECK:STDERR: 15 |     if !ok {
// CHECK:STDERR: 16 |         return 0;
// CHECK:STDERR:    |         ^^^^^^^^ this `return` leaves `f` unconsumed
// CHECK:STDERR: 17 |     }
// CHECK:STDERR: 18 |     f.close()
// CHECK:STDERR:    |       ------- consumed here, but not on every path that reaches the marked point
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: a value of a `#[wasm::linear]` type must be consumed exactly once: moved into a fn or method that takes it by value, returned, or taken apart by a pattern
// CHECK:STDERR:    = help: consume it on this path too, for example with `f.close()`
// CHECK:STDERR:
// CHECK:STDERR: error[W1020]: linear value `f` is dropped without being consumed
// CHECK:STDERR:   --> tests/golden/linear/fail_paths.rs:23:18
// CHECK:STDERR:    |
// CHECK:STDERR: 22 |     let f = File(2);
// CHECK:STDERR:    |         - `f` gets its value here, of linear type `File`
// CHECK:STDERR: 23 |     let n: u32 = s.parse()?;
// CHECK:STDERR:    |                  ^^^^^^^^^^ this `?` returns early on an error and leaves `f` unconsumed
// CHECK:STDERR: 24 |     Ok(f.close() + n)
// CHECK:STDERR:    |          ------- consumed here, but not on every path that reaches the marked point
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: a value of a `#[wasm::linear]` type must be consumed exactly once: moved into a fn or method that takes it by value, returned, or taken apart by a pattern
// CHECK:STDERR:    = help: consume it on this path too, for example with `f.close()`
// CHECK:STDERR:
// CHECK:STDERR: error[W1020]: linear value `f` is dropped without being consumed
// CHECK:STDERR:   --> tests/golden/linear/fail_paths.rs:31:13
// CHECK:STDERR:    |
// CHECK:STDERR: 29 |         let f = File(i);
// CHECK:STDERR:    |             - `f` gets its value here, of linear type `File`
// CHECK:STDERR: 30 |         if i == 1 {
// CHECK:STDERR: 31 |             break;
// CHECK:STDERR:    |             ^^^^^ this jump leaves `f` behind unconsumed
// CHECK:STDERR: 32 |         }
// CHECK:STDERR: 33 |         f.close();
// CHECK:STDERR:    |           ------- consumed here, but not on every path that reaches the marked point
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: a value of a `#[wasm::linear]` type must be consumed exactly once: moved into a fn or method that takes it by value, returned, or taken apart by a pattern
// CHECK:STDERR:    = help: consume it on this path too, for example with `f.close()`
// CHECK:STDERR:
// CHECK:STDERR: error[W1020]: linear value `f` is dropped without being consumed
// CHECK:STDERR:   --> tests/golden/linear/fail_paths.rs:39:1
// CHECK:STDERR:    |
// CHECK:STDERR: 37 | fn forgotten(f: File) -> u32 {
// CHECK:STDERR:    |              - `f` is passed in here, of linear type `File`
// CHECK:STDERR: 38 |     7
// CHECK:STDERR: 39 | }
// CHECK:STDERR:    | ^ the fn ends here with `f` unconsumed
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: a value of a `#[wasm::linear]` type must be consumed exactly once: moved into a fn or method that takes it by value, returned, or taken apart by a pattern
// CHECK:STDERR:    = help: consume it on this path too, for example with `f.close()`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 4 previous errors; 1 warning emitted
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W1020`.
