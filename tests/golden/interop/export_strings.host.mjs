// The host side of export_strings.rs: calls its exports after `main`,
// placing strings and arrays in the module's memory by hand (this is what
// the `--emit js` wrapper does for a caller).
export async function afterMain(x, ctx) {
  const put = (bytes, align) => {
    const p = x.wasmrust_alloc(bytes.byteLength, align);
    new Uint8Array(x.memory.buffer, p, bytes.byteLength).set(
      new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return p;
  };
  const text = new TextEncoder().encode("a quiet évening");
  console.log("shout:", x.shout(put(text, 1), text.length));
  const xs = new Float64Array([1.5, 2.25, 3]);
  console.log("sum:", x.sum(put(xs, 8), xs.length));
  const ys = new Int32Array([1, -2, 3]);
  const p = put(ys, 4);
  x.double_all(p, ys.length);
  console.log("double_all:", Array.from(new Int32Array(x.memory.buffer, p, 3)).join(","));
  const [gp, gn] = x.greeting();
  console.log("greeting:", ctx.readString(gp, gn));
}
