// `--deny-effect js_call` accepts a program that declares host fns but
// never calls them; they are not even imported.
// ARGS: --deny-effect js_call --deny-effect alloc

#[wasm::import(module = "analytics")]
extern "js" {
    fn track(event: &str);
}

fn main() {
    println!("no host calls");
}

// CHECK:STDOUT: no host calls
