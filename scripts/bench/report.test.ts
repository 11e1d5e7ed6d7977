import { describe, expect, it } from "vitest";
import { humanReport, jsonLine, type BenchReport } from "./report";
import { withBareRatios } from "./stats";

const counts = { non2xx: 0, status5xx: 0, errors: 0, timeouts: 0 };
const report: BenchReport = {
  bench: "countervoice",
  quick: true,
  durationSeconds: 3,
  connections: [10],
  pages: withBareRatios(
    [
      { target: "embedded", page: "bare", connections: 10, requests: 2400, rps: 800, p50: 1.2, p95: 3.4, p97_5: 4.1, p99: 6, drainSeconds: 0.1, ...counts },
      { target: "embedded", page: "search-common", connections: 10, requests: 0, rps: 0, p50: null, p95: null, p97_5: null, p99: null, drainSeconds: 12.5, ...counts, errors: 10, timeouts: 10 },
    ],
    "bare",
  ),
  skipped: [{ target: "embedded", page: "item-approved", reason: "editor sees no item in state APPROVED" }],
  notes: [],
  kit: { downloads: 3, megabytes: 30, mbPerSecond: 25.5, rssBeforeMB: 300, rssPeakMB: 310, rssAfterMB: 305 },
  serverPeakRssMB: { embedded: 420 },
  leakCheck: { sources: 5, runs: 10, medianMs: 4.2, p95Ms: 6.1 },
  detector: { megabytes: 1, mbPerCpuSecond: 2.5 },
  embeddedVsPostgres: [],
  machine: { cores: 2, loadAverageAtStart: 1.5, loadAverageAtEnd: 2 },
};

describe("the bench's report", () => {
  it("ends with one line of JSON that reads back as the whole report", () => {
    const line = jsonLine(report);
    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual(report);
    expect(Object.keys(JSON.parse(line))).toEqual(["bench", "quick", "durationSeconds", "connections", "pages", "skipped", "notes", "kit", "serverPeakRssMB", "leakCheck", "detector", "embeddedVsPostgres", "machine"]);
  });

  it("prints each page's percentiles, requests/s, failures and ratio to the bare route, a dash where nothing finished", () => {
    const lines = humanReport(report).split("\n");
    expect(lines[0]).toMatch(/^target\s+page\s+conn\s+req\/s\s+p50 ms\s+p95 ms\s+p97\.5 ms\s+p99 ms\s+non-2xx\s+5xx\s+errors\s+drain s\s+× bare$/);
    expect(lines[2]).toMatch(/^embedded\s+bare\s+10\s+800\.0\s+1\.2\s+3\.4\s+4\.1\s+6\.0\s+0\s+0\s+0\s+0\.1\s+—$/);
    expect(lines[3]).toMatch(/^embedded\s+search-common\s+10\s+0\.0\s+—\s+—\s+—\s+—\s+0\s+0\s+10\s+12\.5\s+0\.000$/);
    expect(lines).toContain("not measured: embedded item-approved: editor sees no item in state APPROVED");
    expect(lines.some((l) => l.startsWith("kit ZIP: 3 downloads, 30.0 MB at 25.50 MB/s"))).toBe(true);
  });

  it("adds the embedded-against-PostgreSQL table only when both were measured", () => {
    expect(humanReport(report)).not.toContain("Embedded against PostgreSQL");
    const lines = humanReport({ ...report, embeddedVsPostgres: [{ page: "sources", connections: 10, p95Ratio: 2.5, rpsRatio: null }] }).split("\n");
    expect(lines).toContain("Embedded against PostgreSQL, same pages:");
    expect(lines.at(-1)).toMatch(/^sources\s+10\s+2\.50\s+—$/);
  });
});
