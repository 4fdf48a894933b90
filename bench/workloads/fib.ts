// fib: naive doubly recursive Fibonacci — measures calls.
import { print } from "./common/env";

function fib(n: u32): u32 {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

export function main(): void {
  print(fib(30).toString() + "\n");
}
