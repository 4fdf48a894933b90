// The texts of `wasmrust explain` (explain.h): one per WasmRust code, and one
// for each module and privacy code (rustc's E0583, E0603, ...).
#include "compiler/diagnostics/explain.h"

namespace wr {

namespace {

struct Explanation {
  const char* code;
  const char* text;
};

constexpr Explanation kTexts[] = {
    {"E0583", R"(`mod name;` declares a module whose items are in another file: name.rs
beside the declaring file (or, from a module file `parent.rs`, in the
folder `parent/`), or name/mod.rs. Neither exists.

    mod shapes;        // error: no shapes.rs, no shapes/mod.rs

Create one of the two files the help names, write the module inline
(`mod shapes { ... }`), or name its file with `#[path = "file.rs"]`. The
in-page compiler has a single source file: there, write modules inline.
)"},
    {"E0761", R"(`mod name;` found both name.rs and name/mod.rs, and either could be the
module. Delete or rename one of them.
)"},
    {"E0603", R"(An item is private to its module (and the modules inside it) unless it is
`pub`; `pub(super)` makes it visible in the parent module too. A path from
elsewhere cannot name it.

    mod shop {
        fn restock() {}
    }
    fn main() {
        shop::restock();   // error: function `restock` is private
    }

Mark the item `pub` (or `pub(crate)`), or call it through a public item of
its module.
)"},
    {"E0616", R"(A struct's fields are private to the struct's module unless marked `pub`.

    mod counter {
        pub struct Counter { count: u32 }
    }
    fn show(c: &counter::Counter) -> u32 {
        c.count            // error: field `count` of struct `Counter` is private
    }

Make the field `pub`, or add a `pub fn count(&self) -> u32` in the module.
)"},
    {"E0624", R"(A method of an inherent impl is private to the impl's module unless it is
`pub`. (Trait methods are as public as their trait.)

    mod stack {
        pub struct Stack;
        impl Stack { fn check(&self) {} }
    }
    fn main() {
        stack::Stack.check();   // error: method `check` is private
    }

Mark the method `pub`, or call a public method that uses it.
)"},
    {"E0451", R"(A struct literal outside the struct's module can set only `pub` fields, so
a struct with private fields cannot be built there by a literal.

    mod config {
        pub struct Config { pub name: String, secret: u64 }
    }
    let c = config::Config { name: String::new(), secret: 7 };   // error

Make the field `pub`, or give the module a `pub fn new(..) -> Config`.
)"},
    {"W1000", R"(The `wasm::` attributes are `#[wasm::export]` (on a fn), `#[wasm::import]`
(on an `extern "js"` block, and with `name = "..."` on one of its fns) and
`#[wasm::effect(...)]` (on a fn or an `extern "js"` block). Anything else
under `wasm::`, an attribute in a place that does not take it, an argument
it does not take, or an effect name that does not exist is this error.

    #[wasm::exprot]              // error: unknown attribute
    #[wasm::effect(network)]     // error: unknown effect `network`

The effects are js_call, io, alloc, panic, atomic_read, atomic_write and
thread (docs/effects.md).
)"},
    {"W1001", R"(`#[wasm::export]` exports a fn as itself: one Wasm function under the fn's
name. Only free fns can be exported. A generic fn is one Wasm function per
type, and a method needs its receiver, so neither is one export; and two
exports cannot share a name (the module already exports `memory`, `main`
and, when an export takes a string or a slice, `wasmrust_alloc` and
`wasmrust_dealloc`).

    #[wasm::export]
    fn largest<T: PartialOrd>(a: T, b: T) -> T { ... }   // error

Export a non-generic fn that calls the generic one, or rename an export
with `#[wasm::export(name = "other")]`.
)"},
    {"W1002", R"(Exported and host fns cross the boundary with no generated glue, so their
parameters and results must be values the host can hold directly: integers
(`i64`/`u64` are BigInts in JavaScript), floats, `bool`, `char`,
`externref<T>`, and `&str` or slices of numbers, which cross as a pointer
and a length into the module's memory. Structs, tuples, enums and `Vec`
would need glue to copy them, and a host fn cannot return a borrow of the
module's memory. Host fns cannot be generic either.

    extern "js" { fn draw(p: Point); }     // error: `Point` is a struct

Pass the fields as separate parameters: `fn draw(x: f64, y: f64);`.
)"},
    {"W1003", R"(Host functions are declared in `extern "js" { ... }` blocks; other ABIs
("C", "system", ...) have no meaning for a WebAssembly module whose host is
JavaScript.

    extern "C" { fn puts(s: &str); }      // error

Write `#[wasm::import(module = "...")] extern "js" { fn puts(s: &str); }`.
)"},
    {"W1004", R"(A fn inside an `extern "js"` block is provided by the host: it is a Wasm
import, and a body for it would never run.

    extern "js" { fn now() -> f64 { 0.0 } }   // error

End the declaration with `;` and give the function to the runtime
(`runModule(bytes, out, { imports })`, `wasmrust run --host FILE.mjs`).
)"},
    {"W1005", R"(An `externref<T>` is a reference to a host (JavaScript) value. Linear
memory holds only bytes, so an `externref` stored in memory (a struct or
enum field, a tuple or array element, a Vec element, a static, a borrowed
variable) is kept in the module's reference table, and memory holds the
index of its slot. The value that holds it owns that slot: dropping the
value frees it, and `.clone()` gives the clone a slot of its own.

Two things would break that ownership, and are this error:

  - a `Copy` type that holds an `externref`: a copy would share the slot.
    Derive `Clone` alone.

        #[derive(Clone, Copy)]
        struct Button { el: externref<Element> }   // error: drop `Copy`

  - a `move` closure that captures an `externref`: closures are never
    dropped, so its slot would never be freed. Capture it without `move`
    (the closure reads the variable), or pass it as an argument.
)"},
    {"W1020", R"(A value of a `#[wasm::linear]` type must be consumed exactly once: moved
into a fn or method that takes it by value (`fn close(self)`), returned, or
destructured by a pattern (`let Canvas(h) = self;`, which is how the type's
own methods end it). Letting it go out of scope, leaving it behind on one
path (an early `return`, `?`, `break`, a `match` arm), discarding it
(`acquire();`, `let _ = acquire();`), or assigning over it drops it
without consuming it, which is this error.

    #[wasm::linear]
    struct File(u32);
    impl File { fn close(self) { let File(_fd) = self; } }

    fn work(ok: bool) {
        let f = File(3);
        if !ok { return; }   // error: `f` is left unconsumed on this path
        f.close();
    }

Consume the value on every path (`if !ok { f.close(); return; }`). An
`Option` of a linear value is consumed by a `match` whose arms all take
their payload by value. See docs/linear.md.
)"},
    {"W1021", R"(A linear value may only be held where the compiler can follow it: locals,
fields of structs and enums, tuples, arrays, `Option`, `Result` and `Box`.
Collections (`Vec`, `HashMap`, `VecDeque`, ...), `Rc`, `RefCell`,
`mem::forget`, `drop`, closures that capture it, and generic std fns that
may drop their argument (`Option::unwrap_or`) could lose it without
consuming it, so giving them a linear value is this error.

    let v = vec![File(3)];        // error: a `Vec` could drop its elements

Keep each value in a local or a field, or in an array destructured when the
values are consumed.
)"},
    {"W1022", R"(A linear value is consumed exactly once; a copy or a clone would be a
second value of it. A `#[wasm::linear]` type cannot derive `Copy` or
`Clone`.
)"},
    {"W1030", R"(A task spawned in `wasm::thread::scope` may run on another thread at the
same time as other tasks, so it may capture only what is safe to share:
shared references to data no one writes, atomics
(`wasm::sync::atomic::AtomicU32`, ...), `SharedSlice` chunks, and values
moved into it. `Rc` and `Weak` count their owners without atomic
operations, and `Cell` and `RefCell` change their contents through shared
references without synchronization: two threads using one at once corrupt
it, so a task cannot capture one (a task may own a `Cell` or `RefCell`
moved into it). Nor can it capture a host reference (`externref<T>`, or a
value that holds one): each thread has a reference table of its own, and
tasks cannot call host fns.

    let hits = Cell::new(0);
    wasm::thread::scope(|s| {
        s.spawn(|| hits.set(hits.get() + 1));   // error: `Cell<i32>` is not thread-safe
    });

Use an atomic for a shared counter or flag, or give each task its own value.
)"},
    {"W1031", R"(A task writes a variable that something else uses while the task may run:
another task of the same scope, the scope's body after the task was
spawned, or the other tasks the same loop spawns. With threads, these run
at the same time, and a write that another thread may see at the same time
is a data race.

    let mut total = 0;
    wasm::thread::scope(|s| {
        for chunk in data.chunks(100) {
            s.spawn(|| total += chunk.len());   // error: every task writes `total`
        }
    });

Give each task a part of its own (`SharedSlice::chunks_mut`), return each
task's result through its handle's `join()` and combine them, or use an
atomic (`AtomicUsize::fetch_add`).
)"},
    {"W1032", R"(A scope joins its tasks when its closure has returned, so a task may still
run after the variables declared inside that closure have died. A task
without `move` borrows the variables it uses; borrowing one declared inside
the scope's closure (a loop variable, a `let`, the scope `s` itself) is this
error.

    wasm::thread::scope(|s| {
        for chunk in data.chunks_mut(100) {
            s.spawn(|| chunk[0] = 1);        // error: `chunk` dies at the end of the iteration
        }
    });

Add `move` to the task's closure (`s.spawn(move || ...)`) so it takes the
values it uses with it.

A `move` task that takes a reference to such a variable is the same error:

    wasm::thread::scope(|s| {
        let local = vec![1, 2, 3];
        let r = &local;
        s.spawn(move || r.len());            // error: `local` dies before the task is joined
    });

Declare the variable before the scope, so that it outlives every task.
)"},
    {"W1010", R"(A fn with `#[wasm::effect(...)]` declares every side effect it may perform;
`#[wasm::effect()]` declares it pure. WasmRust infers what each fn does —
through the fns it calls, closures, trait methods and each instance of a
generic fn — and this error says the fn does something it did not declare.
The notes follow the calls from the fn down to the place where the effect
happens.

    #[wasm::effect()]
    fn area(w: u32, h: u32) -> u32 { w * h }   // error: `*` can panic on overflow

Declare the effect (`#[wasm::effect(panic)]`), or change the code so it does
not perform it (`w.wrapping_mul(h)`). An impl's method without an attribute
is held to the declaration on the trait's method.
)"},
    {"W1011", R"(`wasmrust build --deny-effect EFFECT` (repeatable) rejects a program that
could perform EFFECT anywhere reachable from `main` or an export, before
anything runs. The error shows one path from `main` or the export down to
where the effect happens.

    wasmrust build app.rs --deny-effect js_call

Remove the call, or build without denying the effect.
)"},
};

}  // namespace

const char* explainText(const std::string& code) {
  for (const Explanation& e : kTexts) {
    if (code == e.code)
      return e.text;
  }
  return nullptr;
}

}  // namespace wr
