// Host fns declared in `extern "js"` blocks are Wasm imports of their
// block's module; `&str` crosses as (pointer, length) into memory.
// RUN-ARGS: --host {dir}/host_imports.host.mjs

#[wasm::import(module = "console")]
extern "js" {
    fn log(message: &str);
    #[wasm::import(name = "logNumber")]
    fn log_number(n: f64);
}

#[wasm::import(module = "math")]
extern "js" {
    fn random_below(limit: u32) -> u32;
    fn mix(a: i32, b: bool, c: char) -> i64;
}

fn main() {
    log("hello from Rust");
    log_number(2.5);
    let r = random_below(10);
    println!("random_below(10) = {}", r);
    println!("mix = {}", mix(-4, true, 'x'));
    log("héllo, wörld");
}

// CHECK:STDOUT: [js] hello from Rust
// CHECK:STDOUT: [js] number 2.5
// CHECK:STDOUT: random_below(10) = 7
// CHECK:STDOUT: mix = -3780
// CHECK:STDOUT: [js] héllo, wörld
