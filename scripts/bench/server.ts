// Starts the production server for a bench run through the real launcher (scripts/start.ts:
// migrations, the embedded database and its demo, a build when needed), in a process group of
// its own so that stopping it, on success or on any error, ends every process it started.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export type BenchServer = { origin: string; target: "postgresql" | "embedded"; logFile: string; nextPid: () => number | null; stop: () => Promise<void> };

const running = new Set<number>();

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function killGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // already gone
  }
}

// Whatever ends this process, its servers end with it (an exit handler can only be synchronous).
process.on("exit", () => {
  for (const pgid of running) killGroup(pgid, "SIGKILL");
});

async function stopGroup(pgid: number): Promise<void> {
  killGroup(pgid, "SIGTERM");
  // the launcher closes the embedded database on SIGTERM; give it time before insisting
  for (let waited = 0; waited < 15_000 && groupAlive(pgid); waited += 100) await new Promise((r) => setTimeout(r, 100));
  if (groupAlive(pgid)) killGroup(pgid, "SIGKILL");
  running.delete(pgid);
}

/** Stops every server still running (for signal handlers). */
export async function stopAllServers(): Promise<void> {
  await Promise.all([...running].map(stopGroup));
}

function parentOf(pid: number): number | null {
  try {
    // the command name in field 2 may hold spaces and parentheses: read after its last ")"
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

function descendantsOf(root: number): number[] {
  const pids = fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map(Number);
  const found: number[] = [];
  let frontier = [root];
  while (frontier.length > 0) {
    const next = pids.filter((pid) => frontier.includes(parentOf(pid) ?? -1));
    found.push(...next);
    frontier = next;
  }
  return found;
}

/** The Next.js server among the launcher's processes (it renames itself "next-server"). */
function findNextPid(root: number): number | null {
  for (const pid of descendantsOf(root).reverse()) {
    try {
      const command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (/next-server|next\/dist\/bin\/next/.test(command)) return pid;
    } catch {
      // ended meanwhile
    }
  }
  return null;
}

async function waitUntilUp(origin: string, exited: () => string | null, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const why = exited();
    if (why) throw new Error(why);
    try {
      const response = await fetch(`${origin}/api/bench/bare`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server did not answer within ${timeoutMs / 60_000} minutes`);
}

export async function startServer(target: BenchServer["target"], port: number, serverEnv: NodeJS.ProcessEnv, logDir: string): Promise<BenchServer> {
  const logFile = path.join(logDir, `server-${target}.log`);
  const log = fs.openSync(logFile, "a");
  // the guard leads the server's process group and ends it once our end of its stdin closes
  const child = spawn(process.execPath, ["scripts/bench/server-guard.mjs", process.execPath, "node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/start.ts"], {
    env: serverEnv,
    stdio: ["pipe", log, log],
    detached: true,
  });
  fs.closeSync(log);
  const pgid = child.pid!;
  running.add(pgid);
  let exitCode: number | null = null;
  child.on("exit", (code) => (exitCode = code ?? 1));
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => stopGroup(pgid);
  try {
    // a first start may build the app (a few minutes on a busy machine)
    await waitUntilUp(origin, () => (exitCode === null ? null : `the ${target} server stopped (exit code ${exitCode}) before answering; its output is in ${logFile}`), 20 * 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  let nextPid: number | null = null;
  return { origin, target, logFile, stop, nextPid: () => (nextPid ??= findNextPid(pgid)) };
}

/** Resident memory of a process in MB: now (VmRSS) or its peak so far (VmHWM); null once it has ended. */
export function residentMB(pid: number, field: "VmRSS" | "VmHWM"): number | null {
  try {
    const match = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}
