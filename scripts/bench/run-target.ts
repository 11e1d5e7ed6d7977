// One target of a bench run (PostgreSQL, or the embedded database): start its server, sign each
// role in, warm every page up, measure each at every number of connections, and (for the run's
// main target) the kit; the server is stopped whatever happens.
import { measureKit } from "./kit";
import { measureUrl } from "./measure";
import { wanted, type BenchOptions } from "./options";
import { BARE, get, NotMeasurable, PAGES, type Caller, type PageSpec, type Target } from "./pages";
import type { BenchReport, KitResult } from "./report";
import { residentMB, startServer } from "./server";
import { signIn } from "./session";
import { summarise, type PageResult } from "./stats";

type Kind = PageResult["target"];
export type TargetResult = { rows: Omit<PageResult, "ratioToBare">[]; skipped: BenchReport["skipped"]; kit: KitResult | null; peakRssMB: number | null; notes: string[] };

const progress = (line: string) => process.stderr.write(`bench: ${line}\n`);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Seconds until the server answers a health check (which queries the database) after a run:
 * requests autocannon stopped waiting for still hold the database's connections, and the next
 * page must not be measured behind them. Capped; the time itself is worth reading.
 */
async function drain(origin: string, capSeconds: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < capSeconds * 1000) {
    try {
      const response = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(capSeconds * 1000) });
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // still busy
    }
    await pause(250);
  }
  return +((performance.now() - started) / 1000).toFixed(1);
}

async function resolvePage(target: Target, spec: PageSpec): Promise<string> {
  const path = await spec.path(target);
  const { status } = await get(target, spec.caller, path);
  if (status !== 200) throw new NotMeasurable(`${path.split("?")[0]} answered HTTP ${status} to ${spec.caller}`);
  return path;
}

export async function runTarget(kind: Kind, options: BenchOptions, serverEnv: NodeJS.ProcessEnv, logDir: string, withKit: boolean): Promise<TargetResult> {
  progress(`starting the ${kind} server on port ${options.port} (builds first if the build is missing or stale) …`);
  const server = await startServer(kind, options.port, serverEnv, logDir);
  try {
    const target: Target = { origin: server.origin, credentials: { anonymous: {} }, commonWord: options.commonWord, rareWord: options.rareWord, deepHops: options.deepHops, notes: [] };
    const specs = PAGES.filter((p) => p.name === BARE || wanted(options, p.name));
    const roles = new Set<Caller>(specs.map((p) => p.caller));
    if (withKit && wanted(options, "kit")) roles.add("partner");
    for (const role of ["editor", "reviewer", "admin", "partner"] as const) {
      if (roles.has(role)) target.credentials[role] = { Cookie: await signIn(server.origin, options.accounts[role], options.password, options.totpSecrets[role]) };
    }
    target.credentials.token = { Authorization: `Bearer ${options.partnerToken}` };
    const signedIn = [...roles].filter((r) => r !== "anonymous" && r !== "token");
    progress(`${signedIn.length > 0 ? `signed in as ${signedIn.join(", ")}; ` : ""}warming up ${specs.length} pages …`);

    const paths = new Map<string, string>();
    const skipped: BenchReport["skipped"] = [];
    for (const spec of specs) {
      try {
        const path = await resolvePage(target, spec);
        paths.set(spec.name, path);
        progress(`${kind} ${spec.name}: ${path.split("?")[0]}`);
        await measureUrl(`${server.origin}${path}`, target.credentials[spec.caller] ?? {}, 2, options.warmupSeconds);
        await drain(server.origin, 60);
      } catch (error) {
        if (!(error instanceof NotMeasurable)) throw error;
        skipped.push({ target: kind, page: spec.name, reason: error.message });
      }
    }

    const rows: TargetResult["rows"] = [];
    for (const connections of options.connections) {
      for (const spec of specs.filter((s) => paths.has(s.name))) {
        // a search's address carries a handle that lasts minutes: ask for a fresh one each time
        const path = spec.name.startsWith("search-") ? await resolvePage(target, spec) : paths.get(spec.name)!;
        progress(`${kind} ${spec.name} at ${connections} connections for ${options.durationSeconds} s`);
        const run = await measureUrl(`${server.origin}${path}`, target.credentials[spec.caller] ?? {}, connections, options.durationSeconds);
        const drainSeconds = await drain(server.origin, options.quick ? 60 : 180);
        rows.push({ ...summarise({ target: kind, page: spec.name, connections }, run.latenciesMs, run.seconds, run.counts), drainSeconds });
      }
    }

    let kit: KitResult | null = null;
    if (withKit && wanted(options, "kit")) {
      progress(`${kind} kit ZIP, ${options.kitDownloads} downloads`);
      try {
        kit = await measureKit(target, server.nextPid(), options.kitDownloads);
      } catch (error) {
        if (!(error instanceof NotMeasurable)) throw error;
        kit = { skipped: error.message };
      }
    }
    const pid = server.nextPid();
    const peak = pid === null ? null : residentMB(pid, "VmHWM");
    return { rows, skipped, kit, peakRssMB: peak === null ? null : +peak.toFixed(1), notes: target.notes };
  } finally {
    progress(`stopping the ${kind} server`);
    await server.stop();
  }
}
