// A body saved before the Markdown limits existed, past them: no page or delivery parses it.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createApprovedRedactedText, createPartnerOrg, createUser, rid } from "@/tests/support/factories";
import { deliverItem, DownloadRefused } from "./deliver-item";
import { deliverCampaignKit } from "./deliver-kit";
import { getPortalItem } from "./get-portal-item";
import { BODY_PAST_LIMITS_MESSAGE } from "./load-deliverable";
import { portalRecipient } from "./recipient";
import { readAll, unzip } from "@/tests/support/delivered-bytes";

const DEEP = `${">".repeat(2000)} They promised salaries.`;

async function sharedCampaignWith(bodies: string[]) {
  const editor = await createUser("EDITOR");
  const reviewer = await createUser("REVIEWER");
  const org = await createPartnerOrg();
  const partner = await createUser("PARTNER", { partnerOrgId: org.id });
  const passage = await createApprovedRedactedText(editor, reviewer);
  const campaign = await db().campaign.create({ data: { name: "Hunger, not a caliphate", objective: "o", createdById: editor.id } });
  await db().campaignPartner.create({ data: { campaignId: campaign.id, partnerOrgId: org.id } });
  const items = [];
  for (const [i, body] of bodies.entries()) {
    const item = await db().contentItem.create({
      data: { type: "ARTICLE", state: "PUBLISHED", language: "en", title: `Item ${i + 1}`, body, createdById: editor.id, channels: ["WEB"], publishedAt: new Date(), version: 1, approvedVersion: 1 },
    });
    await db().contentQuote.create({ data: { itemId: item.id, redactedTextId: passage.redactedTextId, sourceId: passage.sourceId, start: 0, end: 10 } });
    await db().campaignItem.create({ data: { campaignId: campaign.id, itemId: item.id, position: i } });
    items.push(item);
  }
  return { partner, campaign, items, recipient: portalRecipient(partner)! };
}

describe("a stored body past the Markdown limits", () => {
  it("is refused in the preview and as a download, with a reason, instead of crashing", async () => {
    const { partner, items, recipient } = await sharedCampaignWith([DEEP]);
    expect(await getPortalItem(partner, items[0]!.id, rid())).toMatchObject({ refusal: BODY_PAST_LIMITS_MESSAGE, html: null });
    for (const format of ["md", "txt", "pdf", "zip"] as const) {
      const refusal = await deliverItem(recipient, items[0]!.id, format, rid()).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(DownloadRefused);
      expect(refusal).toMatchObject({ message: BODY_PAST_LIMITS_MESSAGE });
    }
  });

  it("is left out of a kit, named with the reason, and the other items are delivered", async () => {
    const { campaign, recipient } = await sharedCampaignWith([DEEP, "They promised salaries and delivered hunger."]);
    const kit = await deliverCampaignKit(recipient, campaign.id, rid());
    expect(kit.itemCount).toBe(1);
    const files = unzip(await readAll(kit.body));
    expect([...files.keys()].filter((name) => name.includes("/"))).toEqual(["01-item-2/item-2.md", "01-item-2/item-2.txt", "01-item-2/item-2.pdf"]);
    expect(files.get("README.txt")?.toString("utf8")).toContain(`Not included: Item 1 — ${BODY_PAST_LIMITS_MESSAGE}`);
  });
});
