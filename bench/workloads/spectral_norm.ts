// spectral-norm: the Computer Language Benchmarks Game's spectral norm of
// the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1),
// truncated to N = 1000: ten steps of the power method on A^T A, then
// prints sqrt(u.v / v.v) to 9 decimals.
import { printlnF64 } from "./common/env";

const N: i32 = 1000;

function a(i: i32, j: i32): f64 {
  return 1.0 / <f64>(((i + j) * (i + j + 1)) / 2 + i + 1);
}

// out = A v
function mulAv(v: Float64Array, out: Float64Array): void {
  for (let i = 0; i < out.length; i++) {
    let sum = 0.0;
    for (let j = 0; j < v.length; j++) sum += a(i, j) * v[j];
    out[i] = sum;
  }
}

// out = A^T v
function mulAtv(v: Float64Array, out: Float64Array): void {
  for (let i = 0; i < out.length; i++) {
    let sum = 0.0;
    for (let j = 0; j < v.length; j++) sum += a(j, i) * v[j];
    out[i] = sum;
  }
}

// out = A^T A v
function mulAtAv(v: Float64Array, out: Float64Array, tmp: Float64Array): void {
  mulAv(v, tmp);
  mulAtv(tmp, out);
}

export function main(): void {
  const u = new Float64Array(N);
  const v = new Float64Array(N);
  const tmp = new Float64Array(N);
  u.fill(1.0);
  for (let step = 0; step < 10; step++) {
    mulAtAv(u, v, tmp);
    mulAtAv(v, u, tmp);
  }
  let vbv = 0.0;
  let vv = 0.0;
  for (let i = 0; i < N; i++) {
    vbv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  printlnF64(Math.sqrt(vbv / vv), 9);
}
