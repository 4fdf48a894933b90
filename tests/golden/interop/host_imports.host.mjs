// The host side of host_imports.rs: the import object, given the context
// (memory and readString) once the instance exists.
export default (ctx) => ({
  console: {
    log: (ptr, len) => console.log(`[js] ${ctx.readString(ptr, len)}`),
    logNumber: (n) => console.log(`[js] number ${n}`),
  },
  math: {
    random_below: (limit) => limit - 3,
    mix: (a, b, c) => BigInt(a) * 1000n + (b ? 100n : 0n) + BigInt(c),
  },
});
