// sort_1m: sorts 1,000,000 pseudo-random u32s in a Uint32Array (its sort()
// compares numbers) and prints a checksum of the sorted order and a few
// elements. The numbers come from a 32-bit linear congruential generator
// (Numerical Recipes' constants), so every language produces the same
// sequence. The stub runtime never frees: this one needs the collector.
// bench-flags: --runtime incremental
import { print } from "./common/env";

const N: i32 = 1_000_000;

export function main(): void {
  const v = new Uint32Array(N);
  let state: u32 = 42;
  for (let i = 0; i < N; i++) {
    state = state * 1664525 + 1013904223;
    v[i] = state;
  }
  v.sort();

  // Position-weighted, so a misplaced element changes the checksum.
  let checksum: u32 = 0;
  let ascending = true;
  for (let i = 0; i < N; i++) {
    checksum = checksum * 31 + v[i];
    if (i > 0 && v[i - 1] > v[i]) ascending = false;
  }
  print(
    `sorted: ${ascending}\nchecksum: ${checksum}\nfirst: ${v[0]} ${v[1]} ${v[2]}\n` +
      `median: ${v[N / 2]}\nlast: ${v[N - 1]}\n`,
  );
}
