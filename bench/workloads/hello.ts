// hello: the smallest program — one line through env.write.
import { print } from "./common/env";

export function main(): void {
  print("Hello, world!\n");
}
