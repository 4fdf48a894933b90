/* sort_1m: sorts 1,000,000 pseudo-random unsigned ints in a malloc'd array
 * with qsort and prints a checksum of the sorted order and a few elements.
 * The numbers come from a 32-bit linear congruential generator (Numerical
 * Recipes' constants), so every language produces the same sequence.
 * malloc and qsort are wasi-libc's (see bench/README.md).
 * bench-libc: wasi-libc
 */
#include <stdlib.h>

#include "common/env.h"

#define N 1000000

static int compare_u32(const void *a, const void *b) {
  unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
  return (x > y) - (x < y);
}

BENCH_MAIN {
  unsigned *v = malloc(N * sizeof *v);
  unsigned state = 42;
  for (int i = 0; i < N; i++) {
    state = state * 1664525u + 1013904223u;
    v[i] = state;
  }
  qsort(v, N, sizeof *v, compare_u32);

  /* Position-weighted, so a misplaced element changes the checksum. */
  unsigned checksum = 0;
  int ascending = 1;
  for (int i = 0; i < N; i++) {
    checksum = checksum * 31u + v[i];
    if (i > 0 && v[i - 1] > v[i]) ascending = 0;
  }
  print_str(ascending ? "sorted: true\n" : "sorted: false\n");
  print_str("checksum: ");
  println_u32(checksum);
  print_str("first: ");
  print_u32(v[0]);
  print_str(" ");
  print_u32(v[1]);
  print_str(" ");
  println_u32(v[2]);
  print_str("median: ");
  println_u32(v[N / 2]);
  print_str("last: ");
  println_u32(v[N - 1]);
  free(v);
}
