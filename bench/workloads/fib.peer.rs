// fib: naive doubly recursive Fibonacci — measures calls.
#![no_std]

#[path = "common/env.rs"]
mod env;

fn fib(n: u32) -> u32 {
    if n < 2 {
        n
    } else {
        fib(n - 1) + fib(n - 2)
    }
}

#[no_mangle]
pub extern "C" fn main() {
    env::println_u32(fib(30));
}
