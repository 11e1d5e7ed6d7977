import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createContentItem, createPartnerOrg, createUser } from "@/tests/support/factories";
import { listTakedowns } from "./list-takedowns";
import { CONSENT_WITHDRAWN_REASON } from "./retire-items-derived-from-source";

async function retired(title: string, reason: string, retiredAt: Date) {
  const item = await createContentItem({ title, state: "RETIRED" });
  await db().contentItem.update({ where: { id: item.id }, data: { retiredReason: reason, retiredAt } });
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

    const page = await listTakedowns(admin, 1);
    expect(page.total).toBe(2);
    expect(page.items.map((i) => i.id)).toEqual([newer.id, older.id]);
    expect(page.items[0]!.downloads).toEqual([{ id: expect.any(String), partner: "Helping Hands", userEmail: "downloader@partner.test", format: "pdf", reference: "dl-1", channel: "PORTAL", itemVersion: 3, at }]);
    expect(page.items[1]!.downloads).toEqual([]);
  });

  it("is empty when nothing was retired for withdrawn consent", async () => {
    const admin = await createUser("ADMIN");
    expect(await listTakedowns(admin, 1)).toMatchObject({ items: [], total: 0, pageCount: 1 });
  });

  it("is for admins and editors only", async () => {
    expect((await listTakedowns(await createUser("EDITOR"), 1)).total).toBe(0);
    for (const role of ["REVIEWER", "PARTNER"] as const) {
      await expect(listTakedowns(await createUser(role), 1)).rejects.toThrow(/not allowed/);
    }
  });
});
