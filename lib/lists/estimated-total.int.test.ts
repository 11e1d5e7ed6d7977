import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { createUser } from "@/tests/support/factories";
import { listItems } from "@/lib/content/list-items";
import { auditCondition } from "@/lib/audit/audit-filter-sql";
import { filteredRowEstimate, tableRowEstimate } from "./estimated-total";

async function manyItems(editorId: string, count: number, state: "DRAFT" | "PUBLISHED") {
  await db().$executeRaw`INSERT INTO "ContentItem" ("id", "type", "state", "language", "title", "body", "audiences", "channels", "createdById", "updatedAt")
    SELECT 'bulk' || lower(${state}) || n, 'ARTICLE', ${state}::"ContentState", 'en', 'Bulk ' || n, 'Body', '{}', '{}', ${editorId}, now() - n * interval '1 second'
    FROM generate_series(1, ${count}::int) AS n`;
}

describe("list totals", () => {
  it("counts exactly up to a thousand, then says about how many, filtered or not", async () => {
    const editor = await createUser("EDITOR");
    await manyItems(editor.id, 40, "PUBLISHED");
    expect((await listItems(editor, { state: "PUBLISHED" })).total).toEqual({ count: 40, exact: true });
    await manyItems(editor.id, 1_100, "DRAFT");
    await db().$executeRawUnsafe(`ANALYZE "ContentItem"`).catch(() => undefined);
    const all = await listItems(editor, {});
    expect(all.total.exact).toBe(false);
    expect(all.total.count).toBeGreaterThan(1_000);
    const drafts = await listItems(editor, { state: "DRAFT" });
    expect(drafts.total.exact).toBe(false);
    expect(drafts.total.count).toBeGreaterThan(1_000);
    expect((await listItems(editor, { state: "PUBLISHED" })).total).toEqual({ count: 40, exact: true });
  });

  it("pages through every row once, forwards and back, with filters kept", async () => {
    const editor = await createUser("EDITOR");
    await manyItems(editor.id, 60, "DRAFT");
    await manyItems(editor.id, 5, "PUBLISHED");
    const seen: string[] = [];
    let page = await listItems(editor, { state: "DRAFT" });
    const firstIds = page.items.map((i) => i.id);
    for (;;) {
      seen.push(...page.items.map((i) => i.id));
      expect(page.items.every((i) => i.state === "DRAFT")).toBe(true);
      if (!page.next) break;
      page = await listItems(editor, { state: "DRAFT" }, page.next);
    }
    expect(seen).toHaveLength(60);
    expect(new Set(seen).size).toBe(60);
    let back = page;
    while (back.previous) back = await listItems(editor, { state: "DRAFT" }, back.previous);
    expect(back.items.map((i) => i.id)).toEqual(firstIds);
    expect((await listItems(editor, {}, "not-a-cursor")).cursorRejected).toBe(true);
  });

  it("estimates from statistics and from EXPLAIN, for every audit filter field too", async () => {
    const editor = await createUser("EDITOR");
    await manyItems(editor.id, 300, "DRAFT");
    // The planner's guess on a table never analysed comes from its size on disk: some rows, not none.
    expect(await filteredRowEstimate(db(), "ContentItem", Prisma.sql`"state" = 'DRAFT'`)).toBeGreaterThan(0);
    expect(await tableRowEstimate(db(), "AuditEvent")).toBeGreaterThanOrEqual(0);
    const condition = auditCondition({ actor: "a%b", action: "source.", source: "S-0001", item: "abc", from: "2026-01-01", to: "2026-01-02" }, "someid");
    expect(await filteredRowEstimate(db(), "AuditEvent", condition!)).toBeGreaterThanOrEqual(0);
  });
});
