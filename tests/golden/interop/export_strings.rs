// Exports that take `&str` and slices receive (pointer, length); the host
// copies bytes in with the exported `wasmrust_alloc` and reads a returned
// `&str` from the (pointer, length) pair it gets back.
// RUN-ARGS: --host {dir}/export_strings.host.mjs

#[wasm::export]
fn shout(s: &str) -> u32 {
    println!("{}!", s);
    s.len() as u32
}

#[wasm::export]
fn sum(xs: &[f64]) -> f64 {
    let mut total = 0.0;
    for x in xs {
        total += *x;
    }
    total
}

#[wasm::export]
fn double_all(xs: &mut [i32]) {
    for i in 0..xs.len() {
        xs[i] *= 2;
    }
}

#[wasm::export]
fn greeting() -> &'static str {
    "hello, host"
}

fn main() {
    println!("main ran");
}

// CHECK:STDOUT: main ran
// CHECK:STDOUT: a quiet évening!
// CHECK:STDOUT: shout: 16
// CHECK:STDOUT: sum: 6.75
// CHECK:STDOUT: double_all: 2,-4,6
// CHECK:STDOUT: greeting: hello, host
