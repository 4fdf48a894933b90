// `#[wasm::export]` fns are exported as themselves: numbers cross as Wasm
// values with no wrapper; the runner calls one after `main`.
// RUN-ARGS: --invoke add 40 2

#[wasm::export]
fn add(a: i32, b: i32) -> i32 {
    a + b
}

#[wasm::export(name = "scale_by_two")]
fn scale(x: f64) -> f64 {
    x * 2.0
}

#[wasm::export]
fn is_even(n: u64) -> bool {
    n % 2 == 0
}

fn main() {
    println!("add(1, 2) = {}", add(1, 2));
    println!("scale(1.5) = {}", scale(1.5));
    println!("is_even(7) = {}", is_even(7));
}

// CHECK:STDOUT: add(1, 2) = 3
// CHECK:STDOUT: scale(1.5) = 3
// CHECK:STDOUT: is_even(7) = false
// CHECK:STDOUT: 42
