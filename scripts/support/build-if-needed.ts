// Builds the Next.js app when there is no build or the sources are newer than it.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "next.config.ts", "proxy.ts", "instrumentation.ts", "instrumentation-client.ts", "package-lock.json", "prisma/schema.prisma"];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

export async function buildIfNeeded(childEnv: NodeJS.ProcessEnv): Promise<void> {
  const buildId = ".next/BUILD_ID";
  const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  if (built && Math.max(...SOURCES.map(newestMtime)) <= built) return;
  console.log("Building the app (first start or changed sources; about a minute) …");
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { env: childEnv, stdio: "inherit" });
  if (result.status !== 0) throw new Error("next build failed; see the output above.");
}
