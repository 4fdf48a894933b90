// A host fn is provided by the host: it cannot have a body (W1004).

#[wasm::import(module = "clock")]
extern "js" {
    fn now() -> f64 {
        0.0
    }
}

fn main() {
    println!("{}", now());
}

// CHECK:STDERR: error[W1004]: incorrect function inside `extern` block
// CHECK:STDERR:  --> tests/golden/interop/fail_host_fn_body.rs:5:8
// CHECK:STDERR:   |
// CHECK:STDERR: 5 |       fn now() -> f64 {
// CHECK:STDERR:   |  ________^^^__________-
// CHECK:STDERR:   | |        |
// CHECK:STDERR:   | |        cannot have a body
// CHECK:STDERR: 6 | |         0.0
// CHECK:STDERR: 7 | |     }
// CHECK:STDERR:   | |_____- the host provides this fn; its body is ignored
// CHECK:STDERR:   |
// CHECK:STDERR:   = help: end the declaration with `;` and implement it in JavaScript
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W1004`.
