/* spectral-norm: the Computer Language Benchmarks Game's spectral norm of
 * the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1),
 * truncated to N = 1000: ten steps of the power method on A^T A, then
 * prints sqrt(u.v / v.v) to 9 decimals. */
#include "common/env.h"

enum { N = 1000 };

/* __builtin_sqrt lowers to f64.sqrt; there is no libm. */
#define sqrt(x) __builtin_sqrt(x)

static double a(int i, int j) { return 1.0 / (double)((i + j) * (i + j + 1) / 2 + i + 1); }

/* out = A v */
static void mul_av(const double *v, double *out, int n) {
  for (int i = 0; i < n; i++) {
    double sum = 0.0;
    for (int j = 0; j < n; j++) sum += a(i, j) * v[j];
    out[i] = sum;
  }
}

/* out = A^T v */
static void mul_atv(const double *v, double *out, int n) {
  for (int i = 0; i < n; i++) {
    double sum = 0.0;
    for (int j = 0; j < n; j++) sum += a(j, i) * v[j];
    out[i] = sum;
  }
}

/* out = A^T A v */
static void mul_atav(const double *v, double *out, double *tmp, int n) {
  mul_av(v, tmp, n);
  mul_atv(tmp, out, n);
}

static double u[N], v[N], tmp[N];

BENCH_MAIN {
  for (int i = 0; i < N; i++) u[i] = 1.0;
  for (int step = 0; step < 10; step++) {
    mul_atav(u, v, tmp, N);
    mul_atav(v, u, tmp, N);
  }
  double vbv = 0.0, vv = 0.0;
  for (int i = 0; i < N; i++) {
    vbv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  println_f64(sqrt(vbv / vv), 9);
}
