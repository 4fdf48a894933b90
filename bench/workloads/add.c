/* add: a two-argument function and a tiny fold over it. */
#include "common/env.h"

static int add(int a, int b) { return a + b; }

BENCH_MAIN {
  int sum = 0;
  for (int i = 0; i < 1000; i++) sum = add(sum, i);
  println_u32((unsigned)sum);
}
