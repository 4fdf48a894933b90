// The host fns the playground gives programs beyond the runtime's own: the
// `net` module of examples/28-fetch-cache.rs, three plain Wasm imports. A
// program asks for a URL (fetch_start returns its HTTP status), then copies
// the body into its memory (body_len, read_body). The run worker may block,
// so the request is a synchronous XMLHttpRequest; URLs resolve against the
// playground's own site, which serves playground/public/ (the same files
// `wasmrust run --host examples/28-fetch-cache.host.mjs` reads from disk).
import type { HostContext } from "wasmrust/runtime";

// The site's root: the run worker lives in assets/ of the built site (and
// in src/ of the dev server, whose root also serves public/).
const site = new URL("..", self.location.href);

function get(url: URL): { status: number; body: Uint8Array<ArrayBufferLike> } {
  if (url.origin !== site.origin || !url.pathname.startsWith(site.pathname))
    return { status: 403, body: new Uint8Array(0) };
  try {
    const xhr = new XMLHttpRequest();
    xhr.open("GET", url.href, false);
    xhr.responseType = "arraybuffer";
    xhr.send();
    const ok = xhr.status === 200;
    return { status: xhr.status, body: ok ? new Uint8Array(xhr.response as ArrayBuffer) : new Uint8Array(0) };
  } catch {
    return { status: 0, body: new Uint8Array(0) };  // no network at all
  }
}

export function netHost(ctx: HostContext): WebAssembly.Imports {
  let body: Uint8Array<ArrayBufferLike> = new Uint8Array(0);
  return {
    net: {
      fetch_start(ptr: number, len: number): number {
        const answer = get(new URL(ctx.readString(ptr, len), site));
        body = answer.body;
        return answer.status;
      },
      body_len: () => body.length,
      read_body(ptr: number, len: number) {
        new Uint8Array((ctx.memory as WebAssembly.Memory).buffer, ptr, len).set(body.subarray(0, len));
      },
    },
  };
}
