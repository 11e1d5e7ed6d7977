// What npm run bench prints: a table for people, then exactly one JSON line for machines.
// Pure functions of the measured numbers (unit-tested); nothing here sees a cookie or a token.
import type { Comparison, PageResult } from "./stats";

export type KitResult = { downloads: number; megabytes: number; mbPerSecond: number; rssBeforeMB: number; rssPeakMB: number; rssAfterMB: number } | { skipped: string };
export type LeakCheckResult = { sources: number; runs: number; medianMs: number; p95Ms: number } | { skipped: string };
export type DetectorResult = { megabytes: number; mbPerCpuSecond: number };

export type BenchReport = {
  bench: "countervoice";
  quick: boolean;
  durationSeconds: number;
  connections: number[];
  pages: PageResult[];
  /** Pages that could not be measured (no such item in this database, a refused probe), with why. */
  skipped: { target: PageResult["target"]; page: string; reason: string }[];
  /** What a reader of the numbers should know, e.g. a list shorter than the deep page asked for. */
  notes: string[];
  kit: KitResult;
  /** The Next.js server's peak resident memory over the whole run (VmHWM), per target. */
  serverPeakRssMB: Partial<Record<PageResult["target"], number>>;
  leakCheck: LeakCheckResult;
  detector: DetectorResult | { skipped: string };
  embeddedVsPostgres: Comparison[];
  /** The machine while the pages were measured: on a shared machine a high load explains slow numbers. */
  machine: { cores: number; loadAverageAtStart: number; loadAverageAtEnd: number };
};

const cell = (value: number | null, digits = 1) => (value === null ? "—" : value.toFixed(digits));

/** Columns aligned: the first `left` to the left (names), the rest to the right (numbers). */
function table(header: string[], rows: string[][], left: number): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < left ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export function pageTable(rows: readonly PageResult[]): string {
  const header = ["target", "page", "conn", "req/s", "p50 ms", "p95 ms", "p97.5 ms", "p99 ms", "non-2xx", "5xx", "errors", "drain s", "× bare"];
  return table(
    header,
    rows.map((r) => [r.target, r.page, String(r.connections), cell(r.rps), cell(r.p50), cell(r.p95), cell(r.p97_5), cell(r.p99), String(r.non2xx), String(r.status5xx), String(r.errors), cell(r.drainSeconds), cell(r.ratioToBare, 3)]),
    2,
  );
}

export function comparisonTable(rows: readonly Comparison[]): string {
  return table(
    ["page", "conn", "embedded p95 ÷ PostgreSQL p95", "PostgreSQL req/s ÷ embedded req/s"],
    rows.map((r) => [r.page, String(r.connections), cell(r.p95Ratio, 2), cell(r.rpsRatio, 2)]),
    1,
  );
}

export function humanReport(report: BenchReport): string {
  const { cores, loadAverageAtStart, loadAverageAtEnd } = report.machine;
  const parts = [pageTable(report.pages), `(${report.durationSeconds} s per page and number of connections; "—": no request finished within it; drain: seconds until the server answered again after the run)`];
  for (const s of report.skipped) parts.push(`not measured: ${s.target} ${s.page}: ${s.reason}`);
  for (const note of report.notes) parts.push(`note: ${note}`);
  const kit = report.kit;
  parts.push(
    "skipped" in kit
      ? `kit ZIP: not measured (${kit.skipped})`
      : `kit ZIP: ${kit.downloads} downloads, ${kit.megabytes.toFixed(1)} MB at ${kit.mbPerSecond.toFixed(2)} MB/s; server RSS ${kit.rssBeforeMB.toFixed(0)} MB before, ${kit.rssPeakMB.toFixed(0)} MB peak, ${kit.rssAfterMB.toFixed(0)} MB after`,
  );
  for (const [target, mb] of Object.entries(report.serverPeakRssMB)) parts.push(`server peak RSS (${target}, whole run): ${mb.toFixed(0)} MB`);
  const leak = report.leakCheck;
  parts.push("skipped" in leak ? `leak check: not measured (${leak.skipped})` : `leak check (title + 600-word body) with ${leak.sources} sources: median ${leak.medianMs.toFixed(1)} ms, p95 ${leak.p95Ms.toFixed(1)} ms over ${leak.runs} runs`);
  const detector = report.detector;
  parts.push("skipped" in detector ? `detector: not measured (${detector.skipped})` : `detector: ${detector.mbPerCpuSecond.toFixed(2)} MB per CPU second (one core) on ${detector.megabytes.toFixed(1)} MB of mixed adversarial text`);
  parts.push(`machine: ${cores} cores, load average ${loadAverageAtStart.toFixed(1)} at the start and ${loadAverageAtEnd.toFixed(1)} at the end of the page runs`);
  if (report.embeddedVsPostgres.length > 0) parts.push("", "Embedded against PostgreSQL, same pages:", comparisonTable(report.embeddedVsPostgres));
  return parts.join("\n");
}

/** The run's numbers as one line of JSON: the last line npm run bench prints. */
export function jsonLine(report: BenchReport): string {
  return JSON.stringify(report);
}
