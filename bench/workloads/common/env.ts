// The host ABI for the AssemblyScript peers.
//
// Every benchmark program, whatever its language, imports only from module
// "env" (see bench/README.md): write(fd, ptr, len) and fmt_f64(x, prec,
// flags, out) -> len. Built with `--runtime stub` (a bump allocator, no GC).

@external("env", "write")
declare function write(fd: i32, ptr: usize, len: i32): void;

@external("env", "fmt_f64")
declare function fmt_f64(x: f64, prec: i32, flags: i32, out: usize): i32;

/** Writes a string to stdout as UTF-8. */
export function print(s: string): void {
  const bytes = String.UTF8.encode(s);
  write(1, changetype<usize>(bytes), bytes.byteLength);
}

// The host writes up to 1100 bytes of formatted float here.
const FLOAT_BUF = memory.data(1104);

/** Writes x like Rust's `{:.prec}` (formatted by the host), then a newline. */
export function printlnF64(x: f64, prec: i32): void {
  const len = fmt_f64(x, prec, 0, FLOAT_BUF);
  store<u8>(FLOAT_BUF + <usize>len, 0x0a);
  write(1, FLOAT_BUF, len + 1);
}
