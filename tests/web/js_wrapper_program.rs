// The program behind js_wrapper.test.mjs: exports and a host fn of every
// kind of value the typed wrapper converts.

#[wasm::import(module = "host")]
extern "js" {
    fn note(message: &str, loud: bool, mark: char) -> u32;
    fn tick(n: i32) -> i32;
}

#[wasm::export]
fn tick_twice(n: i32) -> i32 {
    tick(tick(n))
}

#[wasm::export]
fn add(a: i32, b: i32) -> i32 {
    a + b
}

#[wasm::export]
fn wide(a: u64) -> u64 {
    a.wrapping_mul(3)
}

#[wasm::export]
fn shout(message: &str) -> u32 {
    note(message, true, '!')
}

#[wasm::export]
fn total(xs: &[f64]) -> f64 {
    let mut t = 0.0;
    for x in xs {
        t += *x;
    }
    t
}

#[wasm::export]
fn negate_all(xs: &mut [i32]) {
    for i in 0..xs.len() {
        xs[i] = -xs[i];
    }
}

#[wasm::export]
fn is_upper(c: char) -> bool {
    c >= 'A' && c <= 'Z'
}

#[wasm::export]
fn next_char(c: char) -> char {
    if c == 'z' {
        'a'
    } else {
        ((c as u8) + 1) as char
    }
}

#[wasm::export]
fn motto() -> &'static str {
    "zero glue"
}
