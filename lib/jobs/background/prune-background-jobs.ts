// Finished background jobs are kept a while, then deleted by the hourly sweep: a succeeded
// job a week (long enough for its requester to see the result), a dead one thirty days (long
// enough for an admin to notice it on the dead-letter list and retry it).
import "server-only";
import type { Db } from "@/lib/db/client";

const DAY_MS = 24 * 60 * 60 * 1000;
export const SUCCEEDED_KEPT_MS = 7 * DAY_MS;
export const DEAD_KEPT_MS = 30 * DAY_MS;

export async function pruneBackgroundJobs(client: Db, now = new Date()): Promise<number> {
  const before = (keptMs: number) => new Date(now.getTime() - keptMs);
  const { count } = await client.backgroundJob.deleteMany({
    where: {
      OR: [
        { state: "SUCCEEDED", finishedAt: { lt: before(SUCCEEDED_KEPT_MS) } },
        { state: "DEAD", finishedAt: { lt: before(DEAD_KEPT_MS) } },
      ],
    },
  });
  return count;
}
