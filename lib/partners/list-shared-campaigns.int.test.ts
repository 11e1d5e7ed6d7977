import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPartnerOrg, createUser, rid } from "@/tests/support/factories";
import { listSharedCampaigns } from "./list-shared-campaigns";

async function item(state: "DRAFT" | "PUBLISHED" | "RETIRED", title: string, createdById: string) {
  return db().contentItem.create({ data: { type: "QUOTE_CARD", state, language: "en", title, body: "body", createdById } });
}

describe("partner's shared campaigns", () => {
  it("lists only campaigns shared with the partner's organisation, and only their published items", async () => {
    const org = await createPartnerOrg("Shared Org");
    const partner = await createUser("PARTNER", { partnerOrgId: org.id });
    const stranger = await createUser("PARTNER");
    const editor = await createUser("EDITOR");
    const published = await item("PUBLISHED", "Hunger, not a caliphate", editor.id);
    const draft = await item("DRAFT", "Draft card", editor.id);
    const retired = await item("RETIRED", "Retired card", editor.id);
    const shared = await db().campaign.create({ data: { name: "Shared", objective: "o", createdById: editor.id } });
    const unshared = await db().campaign.create({ data: { name: "Internal", objective: "o", createdById: editor.id } });
    for (const [i, it] of [published, draft, retired].entries()) {
      await db().campaignItem.create({ data: { campaignId: shared.id, itemId: it.id, position: i } });
      await db().campaignItem.create({ data: { campaignId: unshared.id, itemId: it.id, position: i } });
    }
    await db().campaignPartner.create({ data: { campaignId: shared.id, partnerOrgId: org.id } });

    const mine = await listSharedCampaigns(partner, 1, rid());
    expect(mine.items.map((c) => c.name)).toEqual(["Shared"]);
    expect(mine.items[0]!.items.map((i) => i.item.title)).toEqual(["Hunger, not a caliphate"]);
    expect((await listSharedCampaigns(stranger, 1, rid())).total).toBe(0);
    await expect(listSharedCampaigns(editor, 1, rid())).rejects.toThrow(/not allowed/);
  });
});
