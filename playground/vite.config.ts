// Vite configuration of the playground. The page imports the compiler
// (web/dist/) and the runtime (web/runtime/) from the repository directly,
// so the dev server may read the whole repository; the built site in dist/
// has relative URLs (base "./") and can be copied to any static host.
import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  base: "./",
  // The two modules the page shares with the rest of WasmRust (the same
  // names are mapped to their types in tsconfig.json).
  resolve: {
    alias: {
      "wasmrust/runtime": `${repo}web/runtime/runtime.mjs`,
      "wasmrust/memviz": `${repo}web/runtime/memviz.mjs`,
      wasmrust: `${repo}web/dist/wasmrust.mjs`,
    },
  },
  server: { fs: { allow: [repo] } },
  worker: { format: "es" },
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: true,
    // binaryen.js (release builds only) is one 15 MB chunk, loaded lazily.
    chunkSizeWarningLimit: 16000,
  },
  optimizeDeps: { exclude: ["binaryen"] },
});
