// The host side of 28-fetch-cache.rs for `wasmrust run --host`: the `net`
// module's three fns, answering from the files the playground serves
// (playground/public/), read from disk. The playground's own host
// (playground/src/net_host.ts) fetches the same files over HTTP.
import { readFileSync } from "node:fs";

const site = new URL("../playground/public/", import.meta.url);

export default (ctx) => {
  let body = new Uint8Array(0);
  return {
    net: {
      fetch_start(ptr, len) {
        const url = new URL(ctx.readString(ptr, len), site);
        try {
          body = url.href.startsWith(site.href) ? readFileSync(url) : null;
        } catch {
          body = null;
        }
        if (body) return 200;
        body = new Uint8Array(0);
        return 404;
      },
      body_len: () => body.length,
      read_body: (ptr, len) => new Uint8Array(ctx.memory.buffer, ptr, len).set(body.subarray(0, len)),
    },
  };
};
