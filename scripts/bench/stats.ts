// The pure arithmetic of npm run bench: percentiles of measured latencies, one page's summary
// and its ratio to the bare route. No clock and no I/O here, so it is unit-tested as it is.

/** The p-th percentile (0–100) of `samples` by the nearest-rank method; 0 for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(rank, 1)) - 1]!;
}

export type StatusCounts = { non2xx: number; status5xx: number; errors: number; timeouts: number };

/** One page at one number of connections: latencies in ms, requests per second. */
export type PageResult = StatusCounts & {
  target: "postgresql" | "embedded";
  page: string;
  connections: number;
  requests: number;
  rps: number;
  /** Latency percentiles; null when no request finished within the run (as slow as that). */
  p50: number | null;
  p95: number | null;
  p97_5: number | null;
  p99: number | null;
  /** Seconds the server took, once the run stopped, to answer a health check: the backlog the run left. */
  drainSeconds: number;
  /** This page's requests/s over the bare route's at the same connections; null for the bare route's own row or without one. */
  ratioToBare: number | null;
};

const round = (value: number, digits: number) => Number(value.toFixed(digits));

export function summarise(
  at: { target: PageResult["target"]; page: string; connections: number },
  latenciesMs: readonly number[],
  seconds: number,
  counts: StatusCounts,
): Omit<PageResult, "ratioToBare" | "drainSeconds"> {
  const pct = (p: number) => (latenciesMs.length === 0 ? null : round(percentile(latenciesMs, p), 1));
  return {
    ...at,
    requests: latenciesMs.length,
    rps: seconds > 0 ? round(latenciesMs.length / seconds, 1) : 0,
    p50: pct(50),
    p95: pct(95),
    p97_5: pct(97.5),
    p99: pct(99),
    ...counts,
  };
}

/** a / b, rounded; null when either is missing or b is zero (a ratio to nothing says nothing). */
export function ratio(a: number | null | undefined, b: number | null | undefined, digits = 3): number | null {
  if (a === null || a === undefined || b === null || b === undefined || b === 0) return null;
  return round(a / b, digits);
}

/** Every page's requests/s as a share of the bare route's, measured at the same connections and target. */
export function withBareRatios(rows: Omit<PageResult, "ratioToBare">[], bareName: string): PageResult[] {
  return rows.map((row) => {
    if (row.page === bareName) return { ...row, ratioToBare: null };
    const bare = rows.find((r) => r.page === bareName && r.connections === row.connections && r.target === row.target);
    return { ...row, ratioToBare: ratio(row.rps, bare?.rps) };
  });
}

export type Comparison = { page: string; connections: number; p95Ratio: number | null; rpsRatio: number | null };

/** Embedded against PostgreSQL on the same pages: how many times slower (p95) and how many times fewer requests/s. */
export function embeddedVsPostgres(rows: readonly PageResult[]): Comparison[] {
  return rows
    .filter((r) => r.target === "postgresql")
    .flatMap((pg) => {
      const embedded = rows.find((r) => r.target === "embedded" && r.page === pg.page && r.connections === pg.connections);
      return embedded ? [{ page: pg.page, connections: pg.connections, p95Ratio: ratio(embedded.p95, pg.p95, 2), rpsRatio: ratio(pg.rps, embedded.rps, 2) }] : [];
    });
}
