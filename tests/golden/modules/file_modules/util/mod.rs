// util/mod.rs: a module in a folder, with its child util/helpers.rs.
pub mod helpers;

pub fn clamp(v: i32, lo: i32, hi: i32) -> i32 {
    if v < lo {
        lo
    } else if v > hi {
        hi
    } else {
        v
    }
}

pub(crate) fn count_up(n: u32) -> u32 {
    let mut total = 0;
    for i in 1..=n {
        total += helpers::step(i);
    }
    total
}
