import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { scheduleHourly, stopJobWorkers } from "@/lib/jobs/job-queue";
import { rid } from "@/tests/support/factories";
import { LOG_CHAIN_HEAD_JOB } from "./chain-head-job";
import { logChainHead } from "./chain-head";
import { recordAuditEvent } from "./record-event";

afterEach(() => stopJobWorkers());

describe("the chain head in the log", () => {
  it("is scheduled every hour in pg-boss, as the app's role", async () => {
    await scheduleHourly(LOG_CHAIN_HEAD_JOB);
    const schedules = await db().$queryRaw<{ name: string; cron: string }[]>`SELECT name, cron FROM pgboss.schedule`;
    expect(schedules).toContainEqual({ name: LOG_CHAIN_HEAD_JOB, cron: "0 * * * *" });
  });

  // The log line itself is checked through `npm run audit:verify -- --head` (scripts/audit-verify.int.test.ts).
  it("carries the sequence, hash and time of the last event", async () => {
    await recordAuditEvent(db(), { actor: null, action: "auth.sign-in-failed", requestId: rid() });
    const last = await db().auditEvent.findFirstOrThrow({ orderBy: { sequence: "desc" } });
    const head = await logChainHead(db(), "hourly");
    expect(head).toEqual({ sequence: last.sequence, hash: last.hash, at: last.at.toISOString() });
  });
});
