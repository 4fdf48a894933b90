// Effects and exports: `#[wasm::effect(...)]` declares what a fn may do (try adding a println! to `mix`), and `#[wasm::export]` fns are the module's exports, with no glue.

// Pure: no output, no host calls, no allocation, cannot panic.
#[wasm::effect()]
fn mix(a: u32, b: u32) -> u32 {
    a.rotate_left(5).wrapping_mul(31) ^ b
}

trait Shape {
    // Every implementation must be pure too.
    #[wasm::effect()]
    fn area(&self) -> f64;
}

struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
}

// May panic (the overflow check on `+`) and print; nothing else.
#[wasm::effect(io, panic)]
fn report(label: &str, value: u32) {
    println!("{:>8}: {}", label, value + 1);
}

// Exported as the Wasm function `checksum(i32, i32) -> i32`.
#[wasm::export]
fn checksum(seed: u32, rounds: u32) -> u32 {
    let mut h = seed;
    for i in 0..rounds {
        h = mix(h, i);
    }
    h
}

fn main() {
    mix(1, 2); // pure and unused: the compiler drops this call
    report("checksum", checksum(7, 100));
    let r = Rect { w: 2.5, h: 4.0 };
    println!("{:>8}: {}", "area", r.area());
}
