// `--deny-effect js_call` rejects a program that could call the host,
// before anything runs, showing the path from `main` (W1011).
// ARGS: --deny-effect js_call

#[wasm::import(module = "analytics")]
extern "js" {
    fn track(event: &str);
}

fn on_click(n: u32) {
    if n > 3 {
        track("many clicks");
    }
}

fn main() {
    on_click(1);
    println!("done");
}

// CHECK:STDERR: error[W1011]: the program may perform `js_call`, which this build denies
// CHECK:STDERR:  --> tests/golden/effects/fail_deny_js_call.rs:7:8
// CHECK:STDERR:   |
// CHECK:STDERR: 7 |     fn track(event: &str);
// CHECK:STDERR:   |        ^^^^^ `js_call` happens here
// CHECK:STDERR:   |
// CHECK:STDERR:   = note: `main` calls `on_click` at tests/golden/effects/fail_deny_js_call.rs:17:5
// CHECK:STDERR:   = note: `on_click` calls `track` at tests/golden/effects/fail_deny_js_call.rs:12:9
// CHECK:STDERR:   = note: `track` performs `js_call`: it is a host (JavaScript) fn imported from `analytics`
// CHECK:STDERR:   = note: `--deny-effect js_call` forbids code reachable from `main` or an export that calls a host (JavaScript) function
// CHECK:STDERR:   = help: remove the call, or build without `--deny-effect js_call`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W1011`.
