import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { rid } from "@/tests/support/factories";
import { recordAuditEvent, type AuditInput } from "./record-event";
import { verifyAuditChain } from "./verify-chain";
import { readChainHead } from "./chain-head";
import { ownerDatabaseUrl } from "@/tests/support/worker-database";

const actor = { id: "user-1", email: "admin@test.example" };
const event = (n: number, extra: Partial<AuditInput> = {}): AuditInput => ({
  actor,
  action: "user.invited",
  target: { type: "user", id: `target-${n}` },
  requestId: rid(),
  details: { n },
  ...extra,
});

async function appendEvents(count: number) {
  for (let n = 1; n <= count; n++) await recordAuditEvent(db(), event(n));
  return db().auditEvent.findMany({ orderBy: { sequence: "asc" } });
}

/** A client with the owner's rights: a superuser here. */
let owner: pg.Client;
beforeEach(async () => {
  owner = new pg.Client({ connectionString: ownerDatabaseUrl() });
  await owner.connect();
});
afterEach(async () => {
  await owner.end();
});

/** What an attacker with owner rights can do: switch the triggers off for one transaction. */
async function asOwnerWithoutTriggers(sql: string, params: unknown[]) {
  await owner.query("BEGIN");
  await owner.query("SET LOCAL session_replication_role = replica");
  await owner.query(sql, params);
  await owner.query("COMMIT");
}

describe("the audit trail's privileges", () => {
  it.each([
    [`UPDATE "AuditEvent" SET "action" = 'user.enabled'`],
    [`DELETE FROM "AuditEvent"`],
    [`TRUNCATE "AuditEvent"`],
  ])("refuses the app's role: %s", async (sql) => {
    await appendEvents(1);
    await expect(db().$executeRawUnsafe(sql)).rejects.toThrow(/permission denied for table AuditEvent/);
    expect(await db().auditEvent.count()).toBe(1);
  });

  it("lets the app's role read and append", async () => {
    await appendEvents(2);
    expect(await db().auditEvent.count()).toBe(2);
  });

  it.each([
    [`UPDATE "AuditEvent" SET "action" = 'user.enabled'`, "UPDATE"],
    [`DELETE FROM "AuditEvent"`, "DELETE"],
    [`TRUNCATE "AuditEvent"`, "TRUNCATE"],
  ])("refuses even the owner, by trigger: %s", async (sql, operation) => {
    await appendEvents(1);
    await expect(owner.query(sql)).rejects.toThrow(`audit events are append-only: ${operation} on "AuditEvent" is refused`);
    expect(await db().auditEvent.count()).toBe(1);
  });
});

describe("the hash chain", () => {
  it("numbers events 1, 2, 3… each linked to the one before, and verifies", async () => {
    const events = await appendEvents(3);
    expect(events.map((e) => e.sequence)).toEqual([1, 2, 3]);
    expect(events[0]!.previousHash).toBe("0".repeat(64));
    expect(events[1]!.previousHash).toBe(events[0]!.hash);
    expect(events[2]!.previousHash).toBe(events[1]!.hash);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true, events: 3, head: { sequence: 3, hash: events[2]!.hash } });
  });

  it("overwrites a sequence and hash the writer tries to choose", async () => {
    await appendEvents(1);
    await db().auditEvent.create({ data: { action: "user.invited", requestId: rid(), sequence: 99, previousHash: "x", hash: "forged" } });
    const last = await db().auditEvent.findFirstOrThrow({ orderBy: { sequence: "desc" } });
    expect(last.sequence).toBe(2);
    expect(last.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it("stamps the time itself: a backdated event gets the database's clock, rising with the sequence", async () => {
    const before = Date.now();
    await appendEvents(1);
    await db().auditEvent.create({ data: { action: "user.invited", requestId: rid(), at: new Date("2001-01-01T00:00:00Z") } });
    const [first, second] = await db().auditEvent.findMany({ orderBy: { sequence: "asc" } });
    expect(second!.at.getTime()).toBeGreaterThanOrEqual(first!.at.getTime());
    // within a generous minute of this machine's clock: the column is UTC, whatever the session's time zone
    expect(Math.abs(second!.at.getTime() - before)).toBeLessThan(60_000);
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it("resolves the chain functions' names in pg_catalog and their own schema only", async () => {
    const { rows } = await owner.query<{ proname: string; proconfig: string[] | null }>(
      `SELECT proname, proconfig FROM pg_proc WHERE proname LIKE 'audit_event_%' ORDER BY proname`,
    );
    expect(rows.map((r) => r.proname)).toEqual(["audit_event_append", "audit_event_canonical", "audit_event_hash", "audit_event_refuse_change"]);
    for (const row of rows) expect(row.proconfig).toEqual([expect.stringMatching(/^search_path=pg_catalog, \w+, pg_temp$/)]);
  });

  it("is not fooled by a session that puts a look-alike table first on its search path", async () => {
    await appendEvents(1);
    await owner.query(`CREATE SCHEMA decoy; CREATE TABLE decoy."AuditEvent" ("sequence" INTEGER, "hash" TEXT); INSERT INTO decoy."AuditEvent" VALUES (500, 'forged')`);
    try {
      await owner.query(`SET search_path = decoy, public`);
      await owner.query(`INSERT INTO public."AuditEvent" ("id", "action", "requestId") VALUES ('decoy-test', 'user.invited', 'r-decoy')`);
      await owner.query(`RESET search_path`);
      const last = await db().auditEvent.findFirstOrThrow({ orderBy: { sequence: "desc" } });
      expect(last).toMatchObject({ id: "decoy-test", sequence: 2 });
      expect((await verifyAuditChain(db())).ok).toBe(true);
    } finally {
      await owner.query(`RESET search_path; DROP SCHEMA decoy CASCADE`);
    }
  });

  it("computes the same canonical content as the database for awkward details and text", async () => {
    await recordAuditEvent(db(), {
      actor: { id: "u\"q\\", email: "tab\there@x.test" },
      action: "source.updated",
      requestId: "line\nbreak\u0001",
      details: { zeta: 1.5, alpha: ["أ", "😀", null, true], nested: { b: -0.25, a: 1e21, big: 12345678901234567890 }, empty: {}, quote: "\"'<>&" },
    });
    await recordAuditEvent(db(), { actor: null, action: "auth.sign-in-failed", requestId: rid() });
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true, events: 2 });
  });

  it("keeps one unbroken chain under concurrent appends, inside and outside transactions", async () => {
    await Promise.all(
      Array.from({ length: 24 }, (_, n) =>
        n % 2 === 0
          ? recordAuditEvent(db(), event(n))
          : db().$transaction(async (tx) => {
              await recordAuditEvent(tx, event(n));
              await recordAuditEvent(tx, event(n + 100));
            }),
      ),
    );
    const sequences = (await db().auditEvent.findMany({ orderBy: { sequence: "asc" }, select: { sequence: true } })).map((e) => e.sequence);
    expect(sequences).toEqual(Array.from({ length: 36 }, (_, i) => i + 1));
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true, events: 36 });
  });

  it("writes in the caller's transaction: a rolled-back event leaves no trace and no gap", async () => {
    await appendEvents(1);
    await expect(
      db().$transaction(async (tx) => {
        await recordAuditEvent(tx, event(2));
        throw new Error("abandoned");
      }),
    ).rejects.toThrow("abandoned");
    await appendEvents(1);
    expect((await db().auditEvent.findMany({ orderBy: { sequence: "asc" } })).map((e) => e.sequence)).toEqual([1, 2]);
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });
});

describe("npm run audit:verify's check", () => {
  it("names an altered row as the first broken link", async () => {
    const events = await appendEvents(5);
    await asOwnerWithoutTriggers(`UPDATE "AuditEvent" SET "actorEmail" = 'someone-else@test.example' WHERE "id" = $1`, [events[2]!.id]);
    const report = await verifyAuditChain(db());
    expect(report).toMatchObject({ ok: false, events: 2, firstBreak: { sequence: "3", id: events[2]!.id, reason: expect.stringMatching(/content does not match its hash/) } });
  });

  it("names an altered row whose hash was recomputed by the link after it", async () => {
    const events = await appendEvents(4);
    await asOwnerWithoutTriggers(`UPDATE "AuditEvent" SET "action" = 'user.enabled', "hash" = audit_event_hash("previousHash", audit_event_canonical("sequence", "id", "at", "actorId", "actorEmail", 'user.enabled', "targetType", "targetId", "requestId", "details")) WHERE "id" = $1`, [events[1]!.id]);
    const report = await verifyAuditChain(db());
    expect(report).toMatchObject({ ok: false, firstBreak: { sequence: "3", id: events[2]!.id, reason: expect.stringMatching(/previous-hash/) } });
  });

  it("names the event after a deleted row", async () => {
    const events = await appendEvents(5);
    await asOwnerWithoutTriggers(`DELETE FROM "AuditEvent" WHERE "id" = $1`, [events[1]!.id]);
    const report = await verifyAuditChain(db());
    expect(report).toMatchObject({ ok: false, events: 1, firstBreak: { sequence: "3", id: events[2]!.id, reason: expect.stringMatching(/sequence 2 was expected/) } });
  });

  it("with an exported head, sees the tail cut off, which the chain alone cannot", async () => {
    await appendEvents(4);
    const head = (await readChainHead(db()))!;
    await asOwnerWithoutTriggers(`DELETE FROM "AuditEvent" WHERE "sequence" >= 3`, []);
    expect((await verifyAuditChain(db())).ok).toBe(true);
    expect(await verifyAuditChain(db(), head)).toMatchObject({ ok: false, firstBreak: { sequence: "4", reason: expect.stringMatching(/ends at sequence 2/) } });
  });

  it("with an exported head, sees a chain rewritten from the start", async () => {
    const events = await appendEvents(3);
    const head = (await readChainHead(db()))!;
    await asOwnerWithoutTriggers(`UPDATE "AuditEvent" SET "previousHash" = 'f' || substr("previousHash", 2) WHERE "sequence" = 1`, []);
    // Rewrite every hash so that the chain is consistent again.
    await owner.query("BEGIN");
    await owner.query("SET LOCAL session_replication_role = replica");
    for (const e of events) {
      await owner.query(
        `UPDATE "AuditEvent" SET "previousHash" = COALESCE((SELECT "hash" FROM "AuditEvent" WHERE "sequence" = $2 - 1), 'f' || repeat('0', 63)) WHERE "id" = $1`,
        [e.id, e.sequence],
      );
      await owner.query(
        `UPDATE "AuditEvent" SET "hash" = audit_event_hash("previousHash", audit_event_canonical("sequence", "id", "at", "actorId", "actorEmail", "action", "targetType", "targetId", "requestId", "details")) WHERE "id" = $1`,
        [e.id],
      );
    }
    await owner.query("COMMIT");
    expect((await verifyAuditChain(db())).ok).toBe(false); // the genesis link
    expect(await verifyAuditChain(db(), head)).toMatchObject({ ok: false, firstBreak: { sequence: "1" } });
  });
});
