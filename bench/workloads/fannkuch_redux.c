/* fannkuch-redux: the Computer Language Benchmarks Game's pancake flipping
 * for n = 10. For every permutation of 0..n, in the benchmark's order,
 * reverse the prefix headed by the first element until the first element
 * is 0, counting the flips; prints the checksum (the flip counts, added
 * and subtracted alternately) and the largest flip count. */
#include "common/env.h"

enum { N = 10, MAX_N = 16 };

static int fannkuch(int n, int *max_flips_out) {
  int perm[MAX_N], perm1[MAX_N], count[MAX_N];
  int max_flips = 0, checksum = 0, perm_count = 0;
  for (int i = 0; i < n; i++) perm1[i] = i;
  int r = n;
  for (;;) {
    for (; r != 1; r--) count[r - 1] = r;
    for (int i = 0; i < n; i++) perm[i] = perm1[i];
    int flips = 0;
    for (int k = perm[0]; k != 0; k = perm[0]) {
      for (int i = 0, j = k; i < j; i++, j--) {
        int t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
      }
      flips++;
    }
    if (flips > max_flips) max_flips = flips;
    checksum += perm_count % 2 == 0 ? flips : -flips;
    /* The next permutation: rotate the first r + 1 elements left by one,
     * as many times as count[r] says, then move on to r + 1. */
    for (;;) {
      if (r == n) {
        *max_flips_out = max_flips;
        return checksum;
      }
      int perm0 = perm1[0];
      for (int i = 0; i < r; i++) perm1[i] = perm1[i + 1];
      perm1[r] = perm0;
      if (--count[r] > 0) break;
      r++;
    }
    perm_count++;
  }
}

BENCH_MAIN {
  int max_flips;
  int checksum = fannkuch(N, &max_flips);
  println_i32(checksum);
  print_str("Pfannkuchen(");
  print_u32(N);
  print_str(") = ");
  println_i32(max_flips);
}
