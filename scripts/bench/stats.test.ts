import { describe, expect, it } from "vitest";
import { embeddedVsPostgres, percentile, ratio, summarise, withBareRatios } from "./stats";

const counts = { non2xx: 0, status5xx: 0, errors: 0, timeouts: 0 };
const row = (target: "postgresql" | "embedded", page: string, connections: number, rps: number, p95: number) => ({
  target,
  page,
  connections,
  requests: 1,
  rps,
  p50: p95,
  p95,
  p97_5: p95,
  p99: p95,
  drainSeconds: 0,
  ...counts,
});

describe("bench arithmetic", () => {
  it("takes percentiles by nearest rank, whatever the order of the samples", () => {
    const samples = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
    expect(percentile(samples, 50)).toBe(5);
    expect(percentile(samples, 95)).toBe(10);
    expect(percentile(samples, 10)).toBe(1);
    expect(percentile([42], 99)).toBe(42);
    expect(percentile([], 50)).toBe(0);
  });

  it("summarises a run as requests/s and rounded percentiles, and leaves them empty when nothing finished", () => {
    const latencies = Array.from({ length: 200 }, (_, i) => i + 0.25);
    const summary = summarise({ target: "embedded", page: "content-1", connections: 10 }, latencies, 4, { ...counts, non2xx: 3 });
    expect(summary).toMatchObject({ requests: 200, rps: 50, p50: 99.3, p95: 189.3, p97_5: 194.3, p99: 197.3, non2xx: 3 });
    const none = summarise({ target: "embedded", page: "search-common", connections: 10 }, [], 4, counts);
    expect(none).toMatchObject({ requests: 0, rps: 0, p50: null, p95: null, p99: null });
  });

  it("gives each page its requests/s over the bare route's at the same connections and target, none for the bare route", () => {
    const rows = [row("embedded", "bare", 10, 800, 5), row("embedded", "bare", 50, 1000, 20), row("embedded", "content-1", 10, 200, 40), row("embedded", "content-1", 50, 100, 400), row("postgresql", "content-1", 10, 300, 30)];
    const ratios = withBareRatios(rows, "bare").map((r) => [r.target, r.page, r.connections, r.ratioToBare]);
    expect(ratios).toEqual([
      ["embedded", "bare", 10, null],
      ["embedded", "bare", 50, null],
      ["embedded", "content-1", 10, 0.25],
      ["embedded", "content-1", 50, 0.1],
      ["postgresql", "content-1", 10, null],
    ]);
  });

  it("refuses a ratio to zero or to nothing", () => {
    expect(ratio(1, 3)).toBe(0.333);
    expect(ratio(5, 0)).toBeNull();
    expect(ratio(null, 2)).toBeNull();
    expect(ratio(2, undefined)).toBeNull();
  });

  it("compares embedded with PostgreSQL page by page: how many times slower at p95, how many times fewer requests/s", () => {
    const rows = withBareRatios([row("postgresql", "sources", 10, 300, 20), row("embedded", "sources", 10, 100, 50), row("postgresql", "portal", 10, 90, 30)], "bare");
    expect(embeddedVsPostgres(rows)).toEqual([{ page: "sources", connections: 10, p95Ratio: 2.5, rpsRatio: 3 }]);
  });
});
