import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createContentItem, createPartnerOrg, createUser } from "@/tests/support/factories";
import { listTakedowns } from "./list-takedowns";
import { CONSENT_WITHDRAWN_REASON } from "./retire-items-derived-from-source";

// Retirement is an item's last change: updatedAt is set with retiredAt, as retiring it would.
async function retired(title: string, reason: string, retiredAt: Date) {
  const item = await createContentItem({ title, state: "RETIRED" });
  await db().contentItem.update({ where: { id: item.id }, data: { retiredReason: reason, retiredAt, updatedAt: retiredAt } });
  return item;
}

describe("listTakedowns", () => {
  it("lists items retired for withdrawn consent, newest first, with who downloaded which version when", async () => {
    const admin = await createUser("ADMIN");
    const org = await createPartnerOrg("Helping Hands");
    const partner = await createUser("PARTNER", { partnerOrgId: org.id, email: "downloader@partner.test" });
    const older = await retired("Older", CONSENT_WITHDRAWN_REASON, new Date("2026-01-01T00:00:00Z"));
    const newer = await retired("Newer", CONSENT_WITHDRAWN_REASON, new Date("2026-02-01T00:00:00Z"));
    await retired("Just old", "out of date", new Date("2026-03-01T00:00:00Z"));
    const at = new Date("2026-01-15T10:00:00Z");
    await db().download.create({ data: { itemId: newer.id, itemVersion: 3, userId: partner.id, partnerOrgId: org.id, format: "pdf", reference: "dl-1", createdAt: at } });

    const page = await listTakedowns(admin);
    expect(page.total).toBe(2);
    expect(page.items.map((i) => i.id)).toEqual([newer.id, older.id]);
    expect(page.items[0]!.downloads).toEqual([{ id: expect.any(String), partner: "Helping Hands", userEmail: "downloader@partner.test", format: "pdf", reference: "dl-1", channel: "PORTAL", itemVersion: 3, at }]);
    expect(page.items[1]!.downloads).toEqual([]);
  });

  it("pages by cursor, last changed first, forward and back, and shows the first page for a cursor that is not one", async () => {
    const admin = await createUser("ADMIN");
    const made: string[] = [];
    for (let i = 0; i < 23; i++) made.push((await retired(`Item ${i}`, CONSENT_WITHDRAWN_REASON, new Date(Date.UTC(2026, 0, i + 1)))).id);
    const newestFirst = [...made].reverse();
    const first = await listTakedowns(admin);
    expect(first.total).toBe(23);
    expect(first.items.map((i) => i.id)).toEqual(newestFirst.slice(0, 20));
    expect(first).toMatchObject({ previous: null, pastFirst: false, cursorRejected: false });
    const second = await listTakedowns(admin, first.next!);
    expect(second.items.map((i) => i.id)).toEqual(newestFirst.slice(20));
    expect(second).toMatchObject({ next: null, pastFirst: true });
    expect((await listTakedowns(admin, second.previous!)).items.map((i) => i.id)).toEqual(newestFirst.slice(0, 20));
    const rejected = await listTakedowns(admin, "not-a-cursor!");
    expect(rejected.cursorRejected).toBe(true);
    expect(rejected.items.map((i) => i.id)).toEqual(newestFirst.slice(0, 20));
  });

  it("is empty when nothing was retired for withdrawn consent", async () => {
    const admin = await createUser("ADMIN");
    expect(await listTakedowns(admin)).toMatchObject({ items: [], total: 0, next: null, previous: null, pastFirst: false });
  });

  it("is for admins and editors only", async () => {
    expect((await listTakedowns(await createUser("EDITOR"))).total).toBe(0);
    for (const role of ["REVIEWER", "PARTNER"] as const) {
      await expect(listTakedowns(await createUser(role))).rejects.toThrow(/not allowed/);
    }
  });
});
