// One autocannon run against one URL: every response's latency is kept (autocannon's own
// summary has no p95), along with the status counts that say whether the numbers mean anything.
import autocannon from "autocannon";
import type { StatusCounts } from "./stats";

export type Run = { latenciesMs: number[]; seconds: number; counts: StatusCounts };

export function measureUrl(url: string, headers: Record<string, string>, connections: number, seconds: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const latenciesMs: number[] = [];
    const instance = autocannon({ url, connections, duration: seconds, headers, timeout: 30 }, (error: unknown, result: autocannon.Result) => {
      if (error) reject(error instanceof Error ? error : new Error(`autocannon failed on ${new URL(url).pathname}`));
      else resolve({ latenciesMs, seconds: result.duration, counts: { non2xx: result.non2xx, status5xx: result["5xx"], errors: result.errors, timeouts: result.timeouts } });
    });
    instance.on("response", (_client, _status, _bytes, responseTime) => latenciesMs.push(responseTime));
  });
}
