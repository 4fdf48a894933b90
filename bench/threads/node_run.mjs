// One Node run of the threads benchmark: node node_run.mjs DIR RUNS; prints
// the result as JSON on its last line.
import { readFileSync } from "node:fs";
import path from "node:path";
import { timeVariants } from "./measure.mjs";

const [dir, runs] = process.argv.slice(2);
const result = await timeVariants((name) => readFileSync(path.join(dir, name)), Number(runs));
console.log(JSON.stringify(result));
