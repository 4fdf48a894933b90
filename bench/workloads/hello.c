/* hello: the smallest program — one line through env.write. */
#include "common/env.h"

BENCH_MAIN {
  static const char msg[] = "Hello, world!\n";
  env_write(1, msg, sizeof msg - 1);
}
