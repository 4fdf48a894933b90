// nbody: the Computer Language Benchmarks Game n-body simulation
// (Jovian planets, symplectic integrator), 1,000,000 steps of dt = 0.01.
// Prints the total energy before and after, to 9 decimals.
import { printlnF64 } from "./common/env";

const SOLAR_MASS: f64 = 4.0 * Math.PI * Math.PI;
const DAYS_PER_YEAR: f64 = 365.24;
const STEPS: i32 = 1000000;

class Body {
  vx: f64;
  vy: f64;
  vz: f64;
  mass: f64;

  constructor(
    public x: f64,
    public y: f64,
    public z: f64,
    vx: f64,
    vy: f64,
    vz: f64,
    mass: f64,
  ) {
    this.vx = vx * DAYS_PER_YEAR;
    this.vy = vy * DAYS_PER_YEAR;
    this.vz = vz * DAYS_PER_YEAR;
    this.mass = mass * SOLAR_MASS;
  }
}

class NBodySystem {
  constructor(public bodies: StaticArray<Body>) {
    // Give the Sun the velocity that makes the total momentum zero.
    let px = 0.0;
    let py = 0.0;
    let pz = 0.0;
    for (let i = 0; i < bodies.length; i++) {
      const b = bodies[i];
      px += b.vx * b.mass;
      py += b.vy * b.mass;
      pz += b.vz * b.mass;
    }
    const sun = bodies[0];
    sun.vx = -px / SOLAR_MASS;
    sun.vy = -py / SOLAR_MASS;
    sun.vz = -pz / SOLAR_MASS;
  }

  energy(): f64 {
    const bodies = this.bodies;
    const n = bodies.length;
    let e = 0.0;
    for (let i = 0; i < n; i++) {
      const bi = bodies[i];
      e += 0.5 * bi.mass * (bi.vx * bi.vx + bi.vy * bi.vy + bi.vz * bi.vz);
      for (let j = i + 1; j < n; j++) {
        const bj = bodies[j];
        const dx = bi.x - bj.x;
        const dy = bi.y - bj.y;
        const dz = bi.z - bj.z;
        e -= (bi.mass * bj.mass) / Math.sqrt(dx * dx + dy * dy + dz * dz);
      }
    }
    return e;
  }

  advance(dt: f64): void {
    const bodies = this.bodies;
    const n = bodies.length;
    for (let i = 0; i < n; i++) {
      const bi = bodies[i];
      for (let j = i + 1; j < n; j++) {
        const bj = bodies[j];
        const dx = bi.x - bj.x;
        const dy = bi.y - bj.y;
        const dz = bi.z - bj.z;
        const d2 = dx * dx + dy * dy + dz * dz;
        const mag = dt / (d2 * Math.sqrt(d2));
        const mi = bi.mass * mag;
        const mj = bj.mass * mag;
        bi.vx -= dx * mj;
        bi.vy -= dy * mj;
        bi.vz -= dz * mj;
        bj.vx += dx * mi;
        bj.vy += dy * mi;
        bj.vz += dz * mi;
      }
    }
    for (let i = 0; i < n; i++) {
      const b = bodies[i];
      b.x += dt * b.vx;
      b.y += dt * b.vy;
      b.z += dt * b.vz;
    }
  }
}

export function main(): void {
  const system = new NBodySystem([
    // Sun
    new Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
    // Jupiter
    new Body(
      4.8414314424647209,
      -1.16032004402742839,
      -1.03622044471123109e-1,
      1.66007664274403694e-3,
      7.69901118419740425e-3,
      -6.90460016972063023e-5,
      9.54791938424326609e-4,
    ),
    // Saturn
    new Body(
      8.34336671824457987,
      4.12479856412430479,
      -4.03523417114321381e-1,
      -2.76742510726862411e-3,
      4.99852801234917238e-3,
      2.30417297573763929e-5,
      2.85885980666130812e-4,
    ),
    // Uranus
    new Body(
      1.2894369562139131e1,
      -1.51111514016986312e1,
      -2.23307578892655734e-1,
      2.96460137564761618e-3,
      2.3784717395948095e-3,
      -2.96589568540237556e-5,
      4.36624404335156298e-5,
    ),
    // Neptune
    new Body(
      1.53796971148509165e1,
      -2.59193146099879641e1,
      1.79258772950371181e-1,
      2.68067772490389322e-3,
      1.62824170038242295e-3,
      -9.5159225451971587e-5,
      5.15138902395898574e-5,
    ),
  ]);
  printlnF64(system.energy(), 9);
  for (let step = 0; step < STEPS; step++) {
    system.advance(0.01);
  }
  printlnF64(system.energy(), 9);
}
