// Starts a worker thread on a TypeScript file when the source runs directly (Vitest, tsx
// scripts). Node 20 cannot load TypeScript by itself, and tsx's module hooks do not
// reach worker threads there, so the worker registers tsx's require hook before it
// loads its entry. Not used in the built app, whose worker entries Next.js compiles.
import { Worker, type WorkerOptions } from "node:worker_threads";

export function workerFromSource(entryFile: string, options: WorkerOptions = {}): Worker {
  const fromEntry = JSON.stringify(entryFile);
  const bootstrap = [
    `const load = require("node:module").createRequire(${fromEntry});`,
    `load("tsx/cjs");`,
    `load(${fromEntry});`,
  ].join("\n");
  // execArgv: [] keeps the parent's tsx ESM loader flags out of the worker, where they do not work.
  return new Worker(bootstrap, { ...options, eval: true, execArgv: [] });
}
