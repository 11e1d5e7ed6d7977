import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotAllowed } from "@/lib/errors";
import { createContentItem, createSource, createUser, rid } from "@/tests/support/factories";
import { AuditFilter } from "./audit-filter";
import { exportChainHeadFor, verifyChainNow } from "./check-chain-now";
import { exportAuditCsv } from "./export-audit-csv";
import { listAuditEvents } from "./list-audit-events";
import { recordAuditEvent } from "./record-event";
import { verifyAuditChain } from "./verify-chain";

const filter = (input: Record<string, string>) => AuditFilter.parse(input);

async function csvOf(actor: Awaited<ReturnType<typeof createUser>>, input: Record<string, string> = {}) {
  const { stream, fileName } = await exportAuditCsv(actor, filter(input), rid());
  return { text: await new Response(stream).text(), fileName };
}

describe("the audit viewer", () => {
  it("filters by who, action, source, item and time range, newest first", async () => {
    const admin = await createUser("ADMIN");
    const source = await createSource();
    const other = await createSource();
    const item = await createContentItem();
    await recordAuditEvent(db(), { actor: admin, action: "source.budget-changed", target: { type: "source", id: source.id }, requestId: rid() });
    await recordAuditEvent(db(), { actor: admin, action: "content.retired", target: { type: "content", id: item.id }, requestId: rid(), details: { sourceId: source.id } });
    await recordAuditEvent(db(), { actor: admin, action: "source.budget-changed", target: { type: "source", id: other.id }, requestId: rid() });

    const bySource = await listAuditEvents(admin, filter({ source: source.code.toLowerCase() }));
    expect(bySource.items.map((e) => e.action)).toEqual(["content.retired", "source.budget-changed", "source.created"]);
    expect((await listAuditEvents(admin, filter({ item: item.id }))).items.map((e) => e.action)).toEqual(["content.retired"]);
    expect((await listAuditEvents(admin, filter({ action: "source.budget", actor: admin.email.toUpperCase() }))).total.count).toBe(2);
    expect((await listAuditEvents(admin, filter({ source: "S-9999" }))).total.count).toBe(0);

    const day = (offset: number) => new Date(Date.now() + offset * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const all = await listAuditEvents(admin, filter({ from: day(-1), to: day(1) }));
    expect(all.total.count).toBeGreaterThanOrEqual(3);
    expect(all.items.map((e) => e.sequence)).toEqual([...all.items.map((e) => e.sequence)].sort((a, b) => b - a));
    expect((await listAuditEvents(admin, filter({ to: "2000-01-01" }))).total.count).toBe(0);
  });

  it("refuses filters it cannot read, with the reason", () => {
    expect(AuditFilter.safeParse({ source: "Robert'); DROP" }).success).toBe(false);
    expect(AuditFilter.safeParse({ from: "2026-02-30" }).success).toBe(false);
    expect(AuditFilter.safeParse({ from: "2026-03-02", to: "2026-03-01" }).error?.issues[0]?.message).toBe("audit.filter.errors.toBeforeFrom");
  });

  it("is for admins only", async () => {
    for (const role of ["EDITOR", "REVIEWER", "PARTNER"] as const) {
      const user = await createUser(role);
      await expect(listAuditEvents(user, {})).rejects.toThrow(NotAllowed);
      await expect(exportAuditCsv(user, {}, rid())).rejects.toThrow(NotAllowed);
      await expect(verifyChainNow(user, rid())).rejects.toThrow(NotAllowed);
      await expect(exportChainHeadFor(user, rid())).rejects.toThrow(NotAllowed);
    }
  });
});

describe("the CSV export", () => {
  it("writes cells a spreadsheet cannot run as formulas", async () => {
    const admin = await createUser("ADMIN");
    await recordAuditEvent(db(), {
      actor: { id: "x", email: "=cmd|' /C calc'!A0@evil.test" },
      action: "auth.sign-in-failed",
      requestId: "+SUM(1,2)",
      target: { type: "user", id: "@A1" },
      details: { note: "-2+3", quote: 'a "b", c' },
    });
    const { text, fileName } = await csvOf(admin);
    expect(fileName).toMatch(/^countervoice-audit-\d{8}-\d{4}\.csv$/);
    const lines = text.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("sequence,time_utc,actor_email,actor_id,action,target_type,target_id,request_id,details,hash");
    expect(lines[1]).toContain(",'=cmd|' /C calc'!A0@evil.test,");
    expect(lines[1]).toContain(",'@A1,");
    expect(lines[1]).toContain(`,"'+SUM(1,2)",`);
    expect(lines[1]).toContain(`,"{""note"":""-2+3"",""quote"":""a \\""b\\"", c""}",`);
    for (const cell of lines[1]!.split(",")) expect(cell).not.toMatch(/^"?[=+\-@\t\r]/);
  });

  it("holds exactly the filtered events, streams past one batch, and is itself audited", async () => {
    const admin = await createUser("ADMIN");
    for (let n = 0; n < 520; n++) await recordAuditEvent(db(), { actor: admin, action: n % 2 ? "theme.created" : "theme.renamed", requestId: rid() });
    const { text } = await csvOf(admin, { action: "theme.created" });
    const rows = text.trim().split("\r\n").slice(1);
    expect(rows).toHaveLength(260);
    expect(rows.every((r) => r.includes(",theme.created,"))).toBe(true);
    const exported = await db().auditEvent.findFirstOrThrow({ where: { action: "audit.exported" } });
    expect(exported).toMatchObject({ actorId: admin.id, details: { format: "csv", filter: { action: "theme.created" }, upToSequence: 520 } });
    expect(text).not.toContain("audit.exported");
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });
});

describe("checking the chain from the audit page", () => {
  it("verifies, exports the head, and audits both", async () => {
    const admin = await createUser("ADMIN");
    await recordAuditEvent(db(), { actor: admin, action: "theme.created", requestId: rid() });
    expect(await verifyChainNow(admin, rid())).toMatchObject({ ok: true, events: 1 });
    const head = await exportChainHeadFor(admin, rid(), new Date("2026-11-29T21:00:00Z"));
    expect(head).toMatchObject({ kind: "countervoice-audit-chain-head", sequence: 2, hash: expect.stringMatching(/^[0-9a-f]{64}$/), exportedAt: "2026-11-29T21:00:00.000Z" });
    expect((await db().auditEvent.findMany({ orderBy: { sequence: "asc" } })).map((e) => e.action)).toEqual(["theme.created", "audit.chain-verified", "audit.head-exported"]);
    expect(await verifyAuditChain(db(), head!)).toMatchObject({ ok: true });
  });
});
