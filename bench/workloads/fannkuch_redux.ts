// fannkuch-redux: the Computer Language Benchmarks Game's pancake flipping
// for n = 10. For every permutation of 0..n, in the benchmark's order,
// reverse the prefix headed by the first element until the first element
// is 0, counting the flips; prints the checksum (the flip counts, added
// and subtracted alternately) and the largest flip count.
import { print } from "./common/env";

const N: i32 = 10;

function fannkuch(n: i32): StaticArray<i32> {
  const perm = new StaticArray<i32>(n);
  const perm1 = new StaticArray<i32>(n);
  const count = new StaticArray<i32>(n);
  for (let i = 0; i < n; i++) perm1[i] = i;
  let maxFlips = 0;
  let checksum = 0;
  let permCount = 0;
  let r = n;
  while (true) {
    for (; r != 1; r--) count[r - 1] = r;
    for (let i = 0; i < n; i++) perm[i] = perm1[i];
    let flips = 0;
    for (let k = perm[0]; k != 0; k = perm[0]) {
      for (let i = 0, j = k; i < j; i++, j--) {
        const t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
      }
      flips++;
    }
    if (flips > maxFlips) maxFlips = flips;
    checksum += permCount % 2 == 0 ? flips : -flips;
    // The next permutation: rotate the first r + 1 elements left by one,
    // as many times as count[r] says, then move on to r + 1.
    while (true) {
      if (r == n) return [checksum, maxFlips];
      const perm0 = perm1[0];
      for (let i = 0; i < r; i++) perm1[i] = perm1[i + 1];
      perm1[r] = perm0;
      if (--count[r] > 0) break;
      r++;
    }
    permCount++;
  }
}

export function main(): void {
  const result = fannkuch(N);
  print(`${result[0]}\nPfannkuchen(${N}) = ${result[1]}\n`);
}
