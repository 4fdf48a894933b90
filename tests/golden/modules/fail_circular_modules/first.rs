#[path = "second.rs"]
mod second;

pub fn f() {}
