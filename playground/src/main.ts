// The playground's entry point. It starts the two workers first, so the
// compiler (the largest download) loads while the editor's code is still
// being fetched and parsed, then loads the rest of the page (app.ts).
import "./style.css";
import { CompilerClient } from "./compiler_client";
import { Runner } from "./runner";

const compiler = new CompilerClient();
const runner = new Runner();
const { startApp } = await import("./app");
await startApp(compiler, runner);
