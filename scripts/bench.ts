// npm run bench: the production build under autocannon, page by page, beside a bare route of the
// same build; then the kit ZIP, one leak-guard check and the detector. Measures the database
// DATABASE_URL names (PostgreSQL), else a fresh embedded demo (or --data-dir); --compare-embedded
// measures an embedded copy too. Progress goes to stderr; stdout gets a table, then one JSON line.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { measureDetector } from "./bench/detector-throughput";
import { leakCheckOnEmbedded, leakCheckOnPostgres } from "./bench/leak-check";
import { parseOptions, UsageError, USAGE, wanted, type BenchOptions } from "./bench/options";
import { BARE } from "./bench/pages";
import { humanReport, jsonLine, type BenchReport } from "./bench/report";
import { runTarget } from "./bench/run-target";
import { stopAllServers } from "./bench/server";
import { embeddedVsPostgres, withBareRatios } from "./bench/stats";

const temporary: string[] = [];
const makeTemporary = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temporary.push(dir);
  return dir;
};
const removeTemporary = (keep?: string) => {
  for (const dir of temporary.splice(0)) if (dir !== keep) fs.rmSync(dir, { recursive: true, force: true });
};
// the servers' output: removed after a good run, kept (and named) after a failed one
let logDir: string | undefined;

// The limits a person never reaches but a load generator does at once (a 429 measures nothing).
const UNLIMITED = {
  PARTNER_API_RATE_LIMIT: "100000",
  PORTAL_DOWNLOADS_PER_MINUTE_PER_USER: "100000",
  PORTAL_DOWNLOADS_PER_MINUTE_PER_ORG: "1000000",
  PORTAL_PREVIEWS_PER_MINUTE_PER_USER: "100000",
  PORTAL_PREVIEWS_PER_MINUTE_PER_ORG: "1000000",
  PORTAL_KITS_PER_MINUTE_PER_USER: "10000",
  PORTAL_KITS_PER_MINUTE_PER_ORG: "100000",
  SESSION_IDLE_MINUTES: "720",
};

type Embedded = { dataDir: string; keyDir: string | undefined };

function embeddedDirs(options: BenchOptions): Embedded {
  if (options.dataDir) return { dataDir: options.dataDir, keyDir: options.keyDir ?? process.env.COUNTERVOICE_KEY_DIR };
  return { dataDir: makeTemporary("countervoice-bench-"), keyDir: makeTemporary("countervoice-bench-keys-") };
}

function serverEnv(options: BenchOptions, embedded: Embedded | null): NodeJS.ProcessEnv {
  const origin = `http://127.0.0.1:${options.port}`;
  const common = { ...process.env, ...UNLIMITED, PORT: String(options.port), HOST: "127.0.0.1", NEXTAUTH_URL: origin, NEXT_TELEMETRY_DISABLED: "1" };
  if (!embedded) return common;
  // the launcher makes or reads the embedded database's own secrets: none of PostgreSQL's may leak in
  return { ...common, DATABASE_URL: "", MIGRATION_DATABASE_URL: "", COUNTERVOICE_EMBEDDED_URL: "", NEXTAUTH_SECRET: "", COUNTERVOICE_MASTER_KEY: "", COUNTERVOICE_MASTER_KEY_PREVIOUS: "", DATA_DIR: embedded.dataDir, COUNTERVOICE_KEY_DIR: embedded.keyDir ?? "" };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), process.env);
  const postgres = Boolean(process.env.DATABASE_URL);
  if (options.compareEmbedded && !postgres) throw new UsageError("--compare-embedded compares with PostgreSQL: set DATABASE_URL");
  if (options.dataDir && postgres && !options.compareEmbedded) throw new UsageError("--data-dir names an embedded database: unset DATABASE_URL, or add --compare-embedded");
  logDir = makeTemporary("countervoice-bench-logs-");
  const embedded = !postgres || options.compareEmbedded ? embeddedDirs(options) : null;

  const report: BenchReport = {
    bench: "countervoice",
    quick: options.quick,
    durationSeconds: options.durationSeconds,
    connections: options.connections,
    pages: [],
    skipped: [],
    notes: [],
    kit: { skipped: "not asked for (--only)" },
    serverPeakRssMB: {},
    leakCheck: { skipped: "not asked for (--only)" },
    detector: { skipped: "not asked for (--only)" },
    embeddedVsPostgres: [],
    machine: { cores: os.cpus().length, loadAverageAtStart: os.loadavg()[0]!, loadAverageAtEnd: 0 },
  };
  const targets = [...(postgres ? [{ kind: "postgresql" as const, env: serverEnv(options, null) }] : []), ...(embedded ? [{ kind: "embedded" as const, env: serverEnv(options, embedded) }] : [])];
  const rows = [];
  for (const [index, { kind, env }] of targets.entries()) {
    const result = await runTarget(kind, options, env, logDir, index === 0);
    rows.push(...result.rows);
    report.skipped.push(...result.skipped);
    report.notes.push(...result.notes.map((n) => `${kind}: ${n}`));
    if (result.kit) report.kit = result.kit;
    if (result.peakRssMB !== null) report.serverPeakRssMB[kind] = result.peakRssMB;
  }
  report.machine.loadAverageAtEnd = os.loadavg()[0]!;
  report.pages = withBareRatios(rows, BARE);
  report.embeddedVsPostgres = embeddedVsPostgres(report.pages);

  if (wanted(options, "leak-check")) {
    process.stderr.write("bench: timing the leak check …\n");
    report.leakCheck = postgres ? await leakCheckOnPostgres(options.leakRuns) : await leakCheckOnEmbedded(embedded!.dataDir, embedded!.keyDir, options.leakRuns);
  }
  if (wanted(options, "detector")) {
    process.stderr.write("bench: timing the detector …\n");
    report.detector = measureDetector(options.detectorMegabytes);
  }
  removeTemporary();
  process.stdout.write(`${humanReport(report)}\n${jsonLine(report)}\n`);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void stopAllServers().finally(() => {
      removeTemporary();
      process.exit(130);
    });
  });
}

main().then(
  () => process.exit(0),
  async (error: unknown) => {
    await stopAllServers();
    removeTemporary(logDir);
    if (error instanceof UsageError) console.error(`${error.message}\n${USAGE}`);
    else {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`bench failed: ${message}${logDir && !message.includes(logDir) ? ` (the servers' output is kept in ${logDir})` : ""}`);
    }
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
