/* fib: naive doubly recursive Fibonacci — measures calls. */
#include "common/env.h"

static unsigned fib(unsigned n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

BENCH_MAIN { println_u32(fib(30)); }
