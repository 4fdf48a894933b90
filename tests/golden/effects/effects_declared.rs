// Declared effects that match what the fns do: inferred through calls,
// closures, trait methods and generic instances. `#[wasm::effect()]` is a
// pure fn.
// RUN-ARGS: --host {dir}/effects_declared.host.mjs

#[wasm::import(module = "host")]
extern "js" {
    fn now() -> f64;
}

#[wasm::effect()]
fn mix(a: u32, b: u32) -> u32 {
    a.wrapping_mul(31).wrapping_add(b)
}

#[wasm::effect(js_call)]
fn timestamp() -> f64 {
    now()
}

#[wasm::effect(io, panic)]
fn report(values: &[u32]) {
    for i in 0..values.len() {
        println!("value {} = {}", i, values[i]);
    }
}

trait Shape {
    #[wasm::effect()]
    fn sides(&self) -> u32;
}

struct Triangle;

impl Shape for Triangle {
    fn sides(&self) -> u32 {
        3
    }
}

#[wasm::effect()]
fn total_sides<S: Shape>(a: &S, b: &S) -> u32 {
    mix(a.sides(), 0).wrapping_add(b.sides())
}

#[wasm::effect(io)]
fn apply<F: Fn(u32) -> u32>(f: F, x: u32) -> u32 {
    let y = f(x);
    print!("");
    y
}

fn main() {
    let t = timestamp();
    println!("timestamp is positive: {}", t > 0.0);
    report(&[mix(1, 2), mix(3, 4)]);
    println!("sides: {}", total_sides(&Triangle, &Triangle));
    println!("applied: {}", apply(|v| v.wrapping_add(1), 41));
}

// CHECK:STDOUT: timestamp is positive: true
// CHECK:STDOUT: value 0 = 33
// CHECK:STDOUT: value 1 = 97
// CHECK:STDOUT: sides: 96
// CHECK:STDOUT: applied: 42
