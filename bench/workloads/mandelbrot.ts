// mandelbrot: escape-time iteration over a 1024x768 grid of the plane
// x in [-2.0, 1.0], y in [-1.2, 1.2], at most 256 iterations per point.
// Prints the total number of iterations over all points.
import { print } from "./common/env";

const WIDTH: u32 = 1024;
const HEIGHT: u32 = 768;
const MAX_ITER: u32 = 256;

function escapeTime(cx: f64, cy: f64): u32 {
  let zx = 0.0;
  let zy = 0.0;
  let i: u32 = 0;
  while (i < MAX_ITER) {
    const x2 = zx * zx;
    const y2 = zy * zy;
    if (x2 + y2 > 4.0) break;
    zy = 2.0 * zx * zy + cy;
    zx = x2 - y2 + cx;
    i++;
  }
  return i;
}

export function main(): void {
  let total: u32 = 0;
  for (let py: u32 = 0; py < HEIGHT; py++) {
    const cy = -1.2 + (2.4 * <f64>py) / <f64>HEIGHT;
    for (let px: u32 = 0; px < WIDTH; px++) {
      const cx = -2.0 + (3.0 * <f64>px) / <f64>WIDTH;
      total += escapeTime(cx, cy);
    }
  }
  print(total.toString() + "\n");
}
