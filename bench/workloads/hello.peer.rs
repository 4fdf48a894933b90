// hello: the smallest program — one line through env.write.
#![no_std]

#[path = "common/env.rs"]
mod env;

#[no_mangle]
pub extern "C" fn main() {
    env::print(b"Hello, world!\n");
}
