import { describe, expect, it } from "vitest";
import { createContentItem, createPartnerOrg, createUser, rid } from "@/tests/support/factories";
import { getCampaign } from "@/lib/campaigns/get-campaign";
import { DEMO_PARTNER_ORG } from "./demo-accounts";
import { DEMO_CAMPAIGN_NAME, seedDemoCampaign } from "./seed-demo-campaign";

describe("the demo campaign", () => {
  it("holds every item that is not retired and is shared with Demo Partner", async () => {
    const editor = await createUser("EDITOR");
    await createPartnerOrg(DEMO_PARTNER_ORG);
    const published = await createContentItem({ state: "PUBLISHED" });
    const draft = await createContentItem({ state: "DRAFT", language: "ar" });
    await createContentItem({ state: "RETIRED" });
    const { id } = await seedDemoCampaign(editor, rid());
    const campaign = await getCampaign(editor, id);
    expect(campaign).toMatchObject({ name: DEMO_CAMPAIGN_NAME, languages: ["en", "ar"] });
    expect(campaign!.items.map((i) => i.id)).toEqual([published.id, draft.id]);
    expect(campaign!.partners.map((p) => p.name)).toEqual([DEMO_PARTNER_ORG]);
  });
});
