// One Node run of the interop benchmark: loads the modules built into DIR,
// checks them, times every case (cases.mjs) and prints one JSON line
// { times, errors, node }. run.mjs starts a fresh process per run.
//
//   node bench/interop/node_run.mjs DIR [REPS]
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { runAll } from "./cases.mjs";

const dir = path.resolve(process.argv[2] ?? "bench/results/interop");
const reps = Number(process.argv[3] ?? 3);
const files = {
  bytes: (name) => readFile(path.join(dir, name)),
  importModule: (name) => import(pathToFileURL(path.join(dir, name)).href),
};
const result = await runAll(files, { reps });
console.log(JSON.stringify({ ...result, node: process.version }));
