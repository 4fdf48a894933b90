/* binary-trees: the Computer Language Benchmarks Game's allocation test.
 * Builds perfect binary trees of malloc'd nodes bottom up, walks each with
 * check() (the number of nodes), and frees it: first one stretch tree of
 * depth MAX_DEPTH + 1, then a long-lived tree of depth MAX_DEPTH that stays
 * allocated while, for every depth from 4 to MAX_DEPTH in steps of 2,
 * 2^(MAX_DEPTH - depth + 4) trees of that depth come and go.
 * malloc and free are wasi-libc's (see bench/README.md).
 * bench-libc: wasi-libc
 */
#include <stdlib.h>

#include "common/env.h"

#define MIN_DEPTH 4
#define MAX_DEPTH 17

struct node {
  struct node *left, *right;
};

static struct node *bottom_up(unsigned depth) {
  struct node *n = malloc(sizeof *n);
  if (depth > 0) {
    n->left = bottom_up(depth - 1);
    n->right = bottom_up(depth - 1);
  } else {
    n->left = n->right = NULL;
  }
  return n;
}

static unsigned check(const struct node *n) {
  return n->left ? 1 + check(n->left) + check(n->right) : 1;
}

static void free_tree(struct node *n) {
  if (n->left) {
    free_tree(n->left);
    free_tree(n->right);
  }
  free(n);
}

/* Prints "<a><text><b>\n". */
static void print_line(unsigned a, const char *text, unsigned b) {
  print_u32(a);
  print_str(text);
  println_u32(b);
}

BENCH_MAIN {
  struct node *stretch = bottom_up(MAX_DEPTH + 1);
  print_str("stretch tree of depth ");
  print_line(MAX_DEPTH + 1, "\t check: ", check(stretch));
  free_tree(stretch);

  struct node *long_lived = bottom_up(MAX_DEPTH);
  for (unsigned depth = MIN_DEPTH; depth <= MAX_DEPTH; depth += 2) {
    unsigned iterations = 1u << (MAX_DEPTH - depth + MIN_DEPTH);
    unsigned sum = 0;
    for (unsigned i = 0; i < iterations; i++) {
      struct node *tree = bottom_up(depth);
      sum += check(tree);
      free_tree(tree);
    }
    print_u32(iterations);
    print_str("\t trees of depth ");
    print_line(depth, "\t check: ", sum);
  }
  print_str("long lived tree of depth ");
  print_line(MAX_DEPTH, "\t check: ", check(long_lived));
  free_tree(long_lived);
}
