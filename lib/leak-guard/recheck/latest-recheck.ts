// The latest re-check that something learned about this source started: what the source
// page shows while it runs and after.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";

export const RECHECK_TRIGGER_LABELS: Record<string, string> = {
  DICTIONARY_ENTRY_ADDED: "a dictionary entry was added",
  REAL_NAME_CHANGED: "the real name changed",
  REDACTION_REOPENED: "a redaction was reopened",
};

export async function latestRecheck(actor: Actor, sourceId: string) {
  assertCan(actor, "sources:view");
  return db().recheckRun.findFirst({
    where: { sourceId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, trigger: true, state: true, total: true, scanned: true, suspended: true, createdAt: true, finishedAt: true, jobId: true, requestedById: true },
  });
}

export type RecheckView = NonNullable<Awaited<ReturnType<typeof latestRecheck>>>;
