// Starts one detection worker, wherever the code runs.
import { Worker, type ResourceLimits } from "node:worker_threads";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compiledByNext } from "@/lib/env";
import { workerFromSource } from "./worker-from-source";

// A runaway detection fails its own worker rather than the server's heap.
const resourceLimits: ResourceLimits = { maxOldGenerationSizeMb: 2048 };

export function spawnDetectWorker(): Worker {
  if (compiledByNext()) {
    // Turbopack recognises exactly this expression and compiles detect-worker.ts, with
    // the detector it imports, into a worker chunk of the server build.
    return new Worker(new URL("./detect-worker.ts", import.meta.url), { resourceLimits });
  }
  const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), "detect-worker.ts");
  return workerFromSource(entry, { resourceLimits });
}
