// How many integration test files run at once, each in a worker with a database of its own.
// Two on the two-core machines this runs on: most of a test's time is spent waiting for
// PostgreSQL, so a second worker overlaps it; more would only queue for the cores.
export const INTEGRATION_WORKERS = 2;

/** The database index of this worker (VITEST_POOL_ID counts from 1). */
export function workerDatabaseIndex(poolId: string | undefined): number {
  const id = Number(poolId ?? "1");
  return (Number.isInteger(id) && id > 0 ? id - 1 : 0) % INTEGRATION_WORKERS;
}
