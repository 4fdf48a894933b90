// add: a two-argument function and a tiny fold over it.
#![no_std]

#[path = "common/env.rs"]
mod env;

fn add(a: i32, b: i32) -> i32 {
    a + b
}

#[no_mangle]
pub extern "C" fn main() {
    let mut sum: i32 = 0;
    for i in 0..1000 {
        sum = add(sum, i);
    }
    env::println_u32(sum as u32);
}
