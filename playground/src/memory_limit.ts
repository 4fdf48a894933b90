// The run worker's memory limit: a module's memory section is rewritten so
// its maximum is at most the limit, which makes the engine itself refuse to
// grow past it (memory.grow returns -1, as on any full machine). A module
// whose initial memory already exceeds the limit is not run at all.
function leb(value: number): number[] {
  const out: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

function readLeb(bytes: Uint8Array, at: number): [number, number] {
  let result = 0, shift = 0, byte: number;
  do {
    byte = bytes[at++];
    result |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  return [result >>> 0, at];
}

/** Returns the module with every memory capped at `maxPages`, or an error. */
export function limitMemory(wasm: Uint8Array, maxPages: number): { wasm: Uint8Array } | { error: string } {
  let at = 8;
  while (at < wasm.length) {
    const sectionStart = at;
    const id = wasm[at++];
    let size: number;
    [size, at] = readLeb(wasm, at);
    const contentStart = at;
    at += size;
    if (id !== 5) continue;
    let p = contentStart;
    let count: number;
    [count, p] = readLeb(wasm, p);
    const content = [...leb(count)];
    for (let i = 0; i < count; i++) {
      const flags = wasm[p++];
      let min: number, max = Infinity;
      [min, p] = readLeb(wasm, p);
      if (flags & 1) [max, p] = readLeb(wasm, p);
      if (min > maxPages)
        return { error: `the program asks for ${min * 64} KiB of memory at start; the playground allows ${maxPages * 64} KiB` };
      content.push(flags | 1, ...leb(min), ...leb(Math.min(max, maxPages)));
    }
    const section = [5, ...leb(content.length), ...content];
    const out = new Uint8Array(wasm.length - (at - sectionStart) + section.length);
    out.set(wasm.subarray(0, sectionStart));
    out.set(section, sectionStart);
    out.set(wasm.subarray(at), sectionStart + section.length);
    return { wasm: out };
  }
  return { wasm };
}
