// spectral-norm: the Computer Language Benchmarks Game's spectral norm of
// the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1),
// truncated to N = 1000: ten steps of the power method on A^T A, then
// prints sqrt(u.v / v.v) to 9 decimals.
#![no_std]

#[path = "common/env.rs"]
mod env;

const N: usize = 1000;

// core has no f64::sqrt before Rust 1.85; see nbody.peer.rs.
// bench-flags: -C target-feature=+simd128
#[inline]
fn sqrt(x: f64) -> f64 {
    use core::arch::wasm32::{f64x2_extract_lane, f64x2_splat, f64x2_sqrt};
    f64x2_extract_lane::<0>(f64x2_sqrt(f64x2_splat(x)))
}

fn a(i: usize, j: usize) -> f64 {
    1.0 / (((i + j) * (i + j + 1) / 2 + i + 1) as f64)
}

// out = A v
fn mul_av(v: &[f64], out: &mut [f64]) {
    for (i, o) in out.iter_mut().enumerate() {
        let mut sum = 0.0;
        for (j, x) in v.iter().enumerate() {
            sum += a(i, j) * x;
        }
        *o = sum;
    }
}

// out = A^T v
fn mul_atv(v: &[f64], out: &mut [f64]) {
    for (i, o) in out.iter_mut().enumerate() {
        let mut sum = 0.0;
        for (j, x) in v.iter().enumerate() {
            sum += a(j, i) * x;
        }
        *o = sum;
    }
}

// out = A^T A v
fn mul_atav(v: &[f64], out: &mut [f64], tmp: &mut [f64]) {
    mul_av(v, tmp);
    mul_atv(tmp, out);
}

#[no_mangle]
pub extern "C" fn main() {
    let mut u = [1.0; N];
    let mut v = [0.0; N];
    let mut tmp = [0.0; N];
    for _ in 0..10 {
        mul_atav(&u, &mut v, &mut tmp);
        mul_atav(&v, &mut u, &mut tmp);
    }
    let (mut vbv, mut vv) = (0.0, 0.0);
    for (ui, vi) in u.iter().zip(v.iter()) {
        vbv += ui * vi;
        vv += vi * vi;
    }
    env::println_f64(sqrt(vbv / vv), 9);
}
