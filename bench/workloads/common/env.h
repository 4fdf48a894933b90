/* The host ABI for the C peers (clang --target=wasm32, no libc).
 *
 * Every benchmark program, whatever its language, imports only from module
 * "env" (see bench/README.md): write(fd, ptr, len) and fmt_f64(x, prec,
 * flags, out) -> len. The helpers below are all the "standard library" the
 * C workloads use; unused ones (and their imports) vanish at link time. */
#ifndef BENCH_ENV_H
#define BENCH_ENV_H

#define ENV_IMPORT(name) __attribute__((import_module("env"), import_name(name)))
#define BENCH_MAIN __attribute__((export_name("main"))) void bench_main(void)

ENV_IMPORT("write") void env_write(int fd, const void *ptr, int len);
ENV_IMPORT("fmt_f64") int env_fmt_f64(double x, int prec, int flags, char *out);

/* Writes a NUL-terminated string to stdout. */
static inline void print_str(const char *s) {
  int len = 0;
  while (s[len]) len++;
  env_write(1, s, len);
}

/* Writes an unsigned integer in decimal. */
static inline void print_u32(unsigned v) {
  char buf[10];
  int pos = sizeof buf;
  do {
    buf[--pos] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  env_write(1, buf + pos, (int)sizeof buf - pos);
}

/* Writes an unsigned integer in decimal, then a newline. */
static inline void println_u32(unsigned v) {
  char buf[12];
  int pos = sizeof buf;
  buf[--pos] = '\n';
  do {
    buf[--pos] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  env_write(1, buf + pos, (int)sizeof buf - pos);
}

/* Writes a signed integer in decimal, then a newline. */
static inline void println_i32(int v) {
  if (v < 0) print_str("-");
  println_u32(v < 0 ? 0u - (unsigned)v : (unsigned)v);
}

/* Writes x like Rust's `{:.prec}` (formatted by the host), then a newline.
 * The host needs room for up to 1100 bytes at `out`. */
static inline void println_f64(double x, int prec) {
  static char buf[1104];
  int len = env_fmt_f64(x, prec, 0, buf);
  buf[len] = '\n';
  env_write(1, buf, len + 1);
}

#endif
