// nbody: the Computer Language Benchmarks Game n-body simulation
// (Jovian planets, symplectic integrator), 1,000,000 steps of dt = 0.01.
// Prints the total energy before and after, to 9 decimals.
#![no_std]

#[path = "common/env.rs"]
mod env;

use core::f64::consts::PI;

const SOLAR_MASS: f64 = 4.0 * PI * PI;
const DAYS_PER_YEAR: f64 = 365.24;
const STEPS: u32 = 1_000_000;

// core has no f64::sqrt before Rust 1.85 (it lives in std, and a libm
// call would become an import). Stable Rust reaches the f64.sqrt
// instruction only through the SIMD intrinsics: this is f64x2.sqrt on
// lane 0 (3 instructions, same bits). Needs simd128, hence:
// bench-flags: -C target-feature=+simd128
#[inline]
fn sqrt(x: f64) -> f64 {
    use core::arch::wasm32::{f64x2_extract_lane, f64x2_splat, f64x2_sqrt};
    f64x2_extract_lane::<0>(f64x2_sqrt(f64x2_splat(x)))
}

#[derive(Clone, Copy)]
struct Body {
    pos: [f64; 3],
    vel: [f64; 3],
    mass: f64,
}

impl Body {
    fn new(pos: [f64; 3], vel: [f64; 3], mass: f64) -> Body {
        Body {
            pos,
            vel: [vel[0] * DAYS_PER_YEAR, vel[1] * DAYS_PER_YEAR, vel[2] * DAYS_PER_YEAR],
            mass: mass * SOLAR_MASS,
        }
    }
}

fn initial_bodies() -> [Body; 5] {
    [
        // Sun
        Body::new([0.0; 3], [0.0; 3], 1.0),
        // Jupiter
        Body::new(
            [4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01],
            [1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05],
            9.54791938424326609e-04,
        ),
        // Saturn
        Body::new(
            [8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01],
            [-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05],
            2.85885980666130812e-04,
        ),
        // Uranus
        Body::new(
            [1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01],
            [2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05],
            4.36624404335156298e-05,
        ),
        // Neptune
        Body::new(
            [1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01],
            [2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05],
            5.15138902395898574e-05,
        ),
    ]
}

/// Gives the Sun the velocity that makes the total momentum zero.
fn offset_momentum(bodies: &mut [Body; 5]) {
    let mut p = [0.0f64; 3];
    for b in bodies.iter() {
        for k in 0..3 {
            p[k] += b.vel[k] * b.mass;
        }
    }
    for k in 0..3 {
        bodies[0].vel[k] = -p[k] / SOLAR_MASS;
    }
}

fn energy(bodies: &[Body; 5]) -> f64 {
    let mut e = 0.0;
    for (i, bi) in bodies.iter().enumerate() {
        let v = bi.vel;
        e += 0.5 * bi.mass * (v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        for bj in &bodies[i + 1..] {
            let d = [bi.pos[0] - bj.pos[0], bi.pos[1] - bj.pos[1], bi.pos[2] - bj.pos[2]];
            e -= bi.mass * bj.mass / sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
        }
    }
    e
}

fn advance(bodies: &mut [Body; 5], dt: f64) {
    for i in 0..bodies.len() {
        let (head, tail) = bodies.split_at_mut(i + 1);
        let bi = &mut head[i];
        for bj in tail.iter_mut() {
            let d = [bi.pos[0] - bj.pos[0], bi.pos[1] - bj.pos[1], bi.pos[2] - bj.pos[2]];
            let d2 = d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
            let mag = dt / (d2 * sqrt(d2));
            let mi = bi.mass * mag;
            let mj = bj.mass * mag;
            for k in 0..3 {
                bi.vel[k] -= d[k] * mj;
                bj.vel[k] += d[k] * mi;
            }
        }
    }
    for b in bodies.iter_mut() {
        for k in 0..3 {
            b.pos[k] += dt * b.vel[k];
        }
    }
}

#[no_mangle]
pub extern "C" fn main() {
    let mut bodies = initial_bodies();
    offset_momentum(&mut bodies);
    env::println_f64(energy(&bodies), 9);
    for _ in 0..STEPS {
        advance(&mut bodies, 0.01);
    }
    env::println_f64(energy(&bodies), 9);
}
