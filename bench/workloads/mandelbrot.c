/* mandelbrot: escape-time iteration over a 1024x768 grid of the plane
 * x in [-2.0, 1.0], y in [-1.2, 1.2], at most 256 iterations per point.
 * Prints the total number of iterations over all points. Same expressions,
 * same evaluation order as the other implementations. */
#include "common/env.h"

enum { WIDTH = 1024, HEIGHT = 768, MAX_ITER = 256 };

static unsigned escape_time(double cx, double cy) {
  double zx = 0.0, zy = 0.0;
  unsigned i = 0;
  while (i < MAX_ITER) {
    double x2 = zx * zx;
    double y2 = zy * zy;
    if (x2 + y2 > 4.0) break;
    zy = 2.0 * zx * zy + cy;
    zx = x2 - y2 + cx;
    i++;
  }
  return i;
}

BENCH_MAIN {
  unsigned total = 0;
  for (unsigned py = 0; py < HEIGHT; py++) {
    double cy = -1.2 + 2.4 * (double)py / (double)HEIGHT;
    for (unsigned px = 0; px < WIDTH; px++) {
      double cx = -2.0 + 3.0 * (double)px / (double)WIDTH;
      total += escape_time(cx, cy);
    }
  }
  println_u32(total);
}
