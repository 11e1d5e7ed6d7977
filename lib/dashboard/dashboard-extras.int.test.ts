import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createContentItem, createSource, createUser } from "@/tests/support/factories";
import { dashboardExtras } from "./dashboard-extras";

const DAY = 24 * 60 * 60 * 1000;

describe("dashboard extras", () => {
  it("lists recently published items and consents expiring within 30 days", async () => {
    const editor = await createUser("EDITOR");
    const older = await createContentItem({ title: "Older", state: "PUBLISHED", publishedAt: new Date(Date.now() - 2 * DAY) });
    const newer = await createContentItem({ title: "Newer", state: "PUBLISHED", publishedAt: new Date(Date.now() - DAY) });
    await createContentItem({ title: "Draft" });
    const soon = await createSource();
    const later = await createSource();
    const withdrawn = await createSource();
    const base = { scopes: ["PARAPHRASE"], channels: ["WEB"], languages: ["en"] };
    await db().consent.create({ data: { ...base, sourceId: soon.id, expiresAt: new Date(Date.now() + 10 * DAY) } });
    await db().consent.create({ data: { ...base, sourceId: later.id, expiresAt: new Date(Date.now() + 45 * DAY) } });
    await db().consent.create({ data: { ...base, sourceId: withdrawn.id, expiresAt: new Date(Date.now() + 5 * DAY), withdrawnAt: new Date() } });

    const extras = await dashboardExtras(editor);
    expect(extras.recentlyPublished.map((i) => i.id)).toEqual([newer.id, older.id]);
    expect(extras.expiringConsents.map((c) => c.sourceId)).toEqual([soon.id]);
  });

  it("shows an admin neither content nor consents", async () => {
    await createContentItem({ state: "PUBLISHED" });
    expect(await dashboardExtras(await createUser("ADMIN"))).toEqual({ recentlyPublished: [], expiringConsents: [] });
  });
});
