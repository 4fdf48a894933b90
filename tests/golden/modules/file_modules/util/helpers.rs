// util/helpers.rs: `pub(super)` reaches `util` but not the crate root.
pub fn double(v: i32) -> i32 {
    v * 2
}

pub(super) fn step(i: u32) -> u32 {
    i * 10
}
