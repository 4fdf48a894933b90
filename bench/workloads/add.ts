// add: a two-argument function and a tiny fold over it.
import { print } from "./common/env";

function add(a: i32, b: i32): i32 {
  return a + b;
}

export function main(): void {
  let sum: i32 = 0;
  for (let i: i32 = 0; i < 1000; i++) {
    sum = add(sum, i);
  }
  print(sum.toString() + "\n");
}
