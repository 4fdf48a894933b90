// binary-trees: the Computer Language Benchmarks Game's allocation test.
// Builds perfect binary trees of garbage-collected nodes bottom up and
// walks each with check() (the number of nodes): first one stretch tree of
// depth MAX_DEPTH + 1, then a long-lived tree of depth MAX_DEPTH that stays
// reachable while, for every depth from 4 to MAX_DEPTH in steps of 2,
// 2^(MAX_DEPTH - depth + 4) trees of that depth come and go.
// The stub runtime never frees: this one needs the collector.
// bench-flags: --runtime incremental
import { print } from "./common/env";

const MIN_DEPTH: i32 = 4;
const MAX_DEPTH: i32 = 17;

class Tree {
  constructor(
    public left: Tree | null,
    public right: Tree | null,
  ) {}

  check(): i32 {
    const left = this.left;
    const right = this.right;
    if (left && right) return 1 + left.check() + right.check();
    return 1;
  }
}

function bottomUp(depth: i32): Tree {
  if (depth == 0) return new Tree(null, null);
  return new Tree(bottomUp(depth - 1), bottomUp(depth - 1));
}

export function main(): void {
  const stretch = MAX_DEPTH + 1;
  print(`stretch tree of depth ${stretch}\t check: ${bottomUp(stretch).check()}\n`);

  const longLived = bottomUp(MAX_DEPTH);
  for (let depth = MIN_DEPTH; depth <= MAX_DEPTH; depth += 2) {
    const iterations = 1 << (MAX_DEPTH - depth + MIN_DEPTH);
    let check = 0;
    for (let i = 0; i < iterations; i++) check += bottomUp(depth).check();
    print(`${iterations}\t trees of depth ${depth}\t check: ${check}\n`);
  }
  print(`long lived tree of depth ${MAX_DEPTH}\t check: ${longLived.check()}\n`);
}
