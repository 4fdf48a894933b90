// A program whose host fns no host provides does not start: the runtime
// names the missing fns instead of the engine's link error.

#[wasm::import(module = "dom")]
extern "js" {
    fn alert(message: &str);
}

fn main() {
    alert("hi");
}

// CHECK:STDERR: error: the program imports host fns that no host provides: dom.alert (pass them in options.imports, or `wasmrust run --host FILE.mjs`; docs/interop.md)
// CHECK:EXIT: 1
