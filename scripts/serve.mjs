// A small static file server for the playground (Node, no dependencies).
// It sends what the page needs to be cross-origin isolated (COOP/COEP, for
// shared memory) and a strict Content-Security-Policy: scripts only from
// this origin, plus 'wasm-unsafe-eval' so WebAssembly can be compiled, and
// nothing else. Files are gzipped on the fly (once, then kept in memory).
//
//   node scripts/serve.mjs [--root DIR] [--port N] [--host H]
//
// Defaults: playground/dist, port 8080 (the next free one if taken),
// 127.0.0.1. Prints the URL. The browser tests and the browser benchmark
// import startServer() from here.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // The playground frames its own DevTools page (devtools/index.html); no
  // other site may frame either.
  "frame-ancestors 'self'",
].join("; ");

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm", ".json": "application/json", ".svg": "image/svg+xml",
  ".png": "image/png", ".ico": "image/x-icon", ".rs": "text/plain; charset=utf-8",
  ".ts": "text/javascript; charset=utf-8", ".txt": "text/plain; charset=utf-8",
};

const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".svg", ".rs", ".txt"]);

/**
 * Starts serving `root`. Options: port (0 = any free port), host, csp
 * (false to send none, as the benchmark's import-map page needs), isolated
 * (false to leave out the headers that make pages cross-origin isolated,
 * as the browser tests of the threads fallback need).
 * Resolves to { url, server, close() }.
 */
export async function startServer({ root, port = 8080, host = "127.0.0.1", csp = CSP, tries = 20, isolated = true } = {}) {
  root = path.resolve(root);
  const cache = new Map();
  async function body(file, gzip) {
    const info = await stat(file);
    const key = `${file}:${gzip}`;
    const hit = cache.get(key);
    if (hit && hit.mtime === info.mtimeMs) return hit.data;
    let data = await readFile(file);
    if (gzip) data = gzipSync(data, { level: 9 });
    cache.set(key, { mtime: info.mtimeMs, data });
    return data;
  }
  const server = createServer(async (req, res) => {
    const headers = {
      "Cross-Origin-Opener-Policy": "same-origin",
      "Cross-Origin-Embedder-Policy": "require-corp",
      "Cross-Origin-Resource-Policy": "same-origin",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    };
    if (csp) headers["Content-Security-Policy"] = csp;
    if (!isolated) {
      delete headers["Cross-Origin-Opener-Policy"];
      delete headers["Cross-Origin-Embedder-Policy"];
    }
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      let rel = decodeURIComponent(url.pathname);
      if (rel.endsWith("/")) rel += "index.html";
      const file = path.join(root, path.normalize(rel));
      if (!file.startsWith(root + path.sep)) throw Object.assign(new Error("outside root"), { code: "ENOENT" });
      const ext = path.extname(file);
      const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
      const data = await body(file, gzip);
      headers["Content-Type"] = TYPES[ext] ?? "application/octet-stream";
      // Vite names built assets by content hash: they never change.
      headers["Cache-Control"] = rel.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-cache";
      if (gzip) headers["Content-Encoding"] = "gzip";
      headers["Content-Length"] = data.length;
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : data);
    } catch (e) {
      const missing = e.code === "ENOENT" || e.code === "EISDIR" || e.code === "ENOTDIR";
      res.writeHead(missing ? 404 : 500, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
      res.end(missing ? "not found\n" : `error: ${e.message}\n`);
    }
  });
  for (let attempt = 0; ; attempt++) {
    try {
      await new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          resolve();
        });
      });
      break;
    } catch (e) {
      if (e.code !== "EADDRINUSE" || port === 0 || attempt >= tries) throw e;
      port++;
    }
  }
  const url = `http://${host}:${server.address().port}/`;
  return { url, server, close: () => new Promise((r) => server.close(r)) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const { url } = await startServer({
    root: opt("--root", path.join(repo, "playground/dist")),
    port: Number(opt("--port", process.env.PORT ?? 8080)),
    host: opt("--host", "127.0.0.1"),
  });
  console.log(`WasmRust playground: ${url}`);
  console.log("(Ctrl+C to stop)");
}
