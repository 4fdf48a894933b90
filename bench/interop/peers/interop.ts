// The AssemblyScript peer of the interop benchmark (bench/interop/README.md):
// the same three functions, with strings as AssemblyScript strings, which
// its generated ESM bindings (`asc --bindings esm`) copy in and out.

@external("host", "step")
declare function step(acc: i32, i: i32): i32;

export function add(a: i32, b: i32): i32 {
  return a + b;
}

export function call_host(n: i32): i32 {
  let acc = 0;
  for (let i = 0; i < n; i++) acc = step(acc, i);
  return acc;
}

// ASCII upper case, one UTF-16 unit at a time into a new string.
export function upper(s: string): string {
  const n = s.length;
  const out = changetype<string>(__new(n << 1, idof<string>()));
  for (let i = 0; i < n; i++) {
    const c = load<u16>(changetype<usize>(s) + (<usize>i << 1));
    store<u16>(changetype<usize>(out) + (<usize>i << 1), c >= 97 && c <= 122 ? c - 32 : c);
  }
  return out;
}
