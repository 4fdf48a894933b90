// Types of 29-dom-tree.host.mjs for the playground's TypeScript.
import type { HostContext } from "wasmrust/runtime";

declare const domHost: (ctx: HostContext) => WebAssembly.Imports;
export default domHost;
