// asset.published and asset.updated reach every organisation with an endpoint that can
// reach the item, through the real commands: publishing, republishing a new approved
// version, and sharing a campaign. A title goes only when the leak guard passes it.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { stopJobWorkers } from "@/lib/jobs/job-queue";
import { publishItem } from "@/lib/content/publish-item";
import { shareCampaign } from "@/lib/campaigns/share-campaign";
import { addCampaignItem } from "@/lib/campaigns/campaign-items";
import { createPartnerOrg, rid } from "@/tests/support/factories";
import { submitItem } from "@/lib/content/submit-item";
import { approveItem } from "@/lib/content/review-item";
import { draft, publishedBeforeTheFix, sharedWorld, type SharedWorld } from "@/tests/support/partner-channels";
import { queueAssetEventForReachers } from "./asset-events";
import { AssetEventData } from "./webhook-payloads";

afterEach(() => stopJobWorkers());

const BODY = "They promised bread and gave us checkpoints.";

async function withEndpoint(partnerOrgId: string) {
  await db().partnerOrganization.update({ where: { id: partnerOrgId }, data: { webhookUrl: "https://hooks.partner.example/cv" } });
}

const eventsFor = async (partnerOrgId: string) =>
  (await db().webhookDelivery.findMany({ where: { partnerOrgId }, orderBy: { createdAt: "asc" } })).map((d) => ({ event: d.event, data: AssetEventData.parse(d.payload) }));

/** The item is placed in the shared campaign before it is published. */
async function inCampaignThenPublished(w: SharedWorld, title: string) {
  const id = await draft(w, { title, body: BODY });
  await db().campaignItem.create({ data: { campaignId: w.campaign.id, itemId: id } });
  await submitItem(w.editor, { itemId: id, expectedVersion: 1, reviewerId: w.reviewer.id }, rid());
  await approveItem(w.reviewer, { itemId: id, expectedVersion: 1 }, rid());
  await publishItem(w.editor, { itemId: id, expectedVersion: 1 }, rid());
  return id;
}

describe("asset events", () => {
  it("publishing tells every organisation with an endpoint that reaches the item, and no one else, without the body", async () => {
    const w = await sharedWorld([]);
    await withEndpoint(w.org.id);
    const unrelated = await createPartnerOrg();
    await withEndpoint(unrelated.id);
    const id = await inCampaignThenPublished(w, "Bread before belief");

    const events = await eventsFor(w.org.id);
    expect(events).toEqual([
      {
        event: "asset.published",
        data: { itemId: id, version: 1, type: "ARTICLE", language: "en", title: "Bread before belief", links: { api: expect.stringContaining(`/api/v1/assets/${id}/download`), portal: expect.stringContaining(`/portal/items/${id}`) } },
      },
    ]);
    expect(await eventsFor(unrelated.id)).toEqual([]);
    expect(JSON.stringify(await db().webhookDelivery.findMany())).not.toContain("checkpoints");
  });

  it("publishing a new approved version of a published item is asset.updated", async () => {
    const w = await sharedWorld([]);
    await withEndpoint(w.org.id);
    const id = await inCampaignThenPublished(w, "Bread before belief");
    // reopened, edited, reviewed and approved again: version 2 waits for publication
    await db().contentItem.update({ where: { id }, data: { state: "APPROVED", version: 2, approvedVersion: 2, title: "Bread before belief, revised" } });
    await publishItem(w.editor, { itemId: id, expectedVersion: 2 }, rid());
    expect((await eventsFor(w.org.id)).map((e) => [e.event, e.data.version, e.data.title])).toEqual([
      ["asset.published", 1, "Bread before belief"],
      ["asset.updated", 2, "Bread before belief, revised"],
    ]);
  });

  it("sharing a campaign tells the organisation of the items it can newly reach, not those it had already", async () => {
    const w = await sharedWorld([]);
    const newcomer = await createPartnerOrg();
    await withEndpoint(newcomer.id);
    const old = await publishedBeforeTheFix(w, { title: "Already theirs", body: BODY });
    const fresh = await db().contentItem.create({ data: { type: "QUOTE_CARD", state: "PUBLISHED", language: "ar", title: "Fresh", body: BODY, createdById: w.editor.id, publishedAt: new Date(), approvedVersion: 1 } });
    const draftOnly = await draft(w, { title: "Not yet", body: BODY });
    // the newcomer already reaches `old` through another campaign
    await db().campaign.create({ data: { name: "Earlier", objective: "o", createdById: w.editor.id, items: { create: [{ itemId: old }] }, partners: { create: [{ partnerOrgId: newcomer.id }] } } });
    const campaign = await db().campaign.create({ data: { name: "Hunger", objective: "Show the hunger", createdById: w.editor.id, items: { create: [{ itemId: old }, { itemId: fresh.id, position: 1 }, { itemId: draftOnly, position: 2 }] } } });

    await shareCampaign(w.editor, { campaignId: campaign.id, partnerOrgId: newcomer.id }, rid());
    expect((await eventsFor(newcomer.id)).map((e) => [e.event, e.data.itemId, e.data.language, e.data.type])).toEqual([["asset.published", fresh.id, "ar", "QUOTE_CARD"]]);
  });

  it("adding a published item to a shared campaign tells the organisations that could not reach it yet", async () => {
    const w = await sharedWorld([]);
    await withEndpoint(w.org.id);
    const item = await db().contentItem.create({ data: { type: "ARTICLE", state: "PUBLISHED", language: "en", title: "Added later", body: BODY, createdById: w.editor.id, publishedAt: new Date(), approvedVersion: 1 } });
    const draftOnly = await draft(w, { title: "Not yet", body: BODY });
    await addCampaignItem(w.editor, { campaignId: w.campaign.id, itemId: draftOnly }, rid());
    expect(await eventsFor(w.org.id)).toEqual([]);
    await addCampaignItem(w.editor, { campaignId: w.campaign.id, itemId: item.id }, rid());
    expect((await eventsFor(w.org.id)).map((e) => [e.event, e.data.itemId])).toEqual([["asset.published", item.id]]);
    // in a second shared campaign too: nothing new to tell
    const second = await db().campaign.create({ data: { name: "Second", objective: "o", createdById: w.editor.id, partners: { create: [{ partnerOrgId: w.org.id }] } } });
    await addCampaignItem(w.editor, { campaignId: second.id, itemId: item.id }, rid());
    expect(await eventsFor(w.org.id)).toHaveLength(1);
  });

  it("leaves out a title the leak guard stops", async () => {
    const w = await sharedWorld([{ text: "Darwesh Sindi", type: "PERSON", variants: [] }]);
    await withEndpoint(w.org.id);
    const id = await publishedBeforeTheFix(w, { title: "What Darwesh Sindi saw", body: BODY });
    await db().$transaction((tx) => queueAssetEventForReachers(tx, id, "asset.published"));
    const [event] = await eventsFor(w.org.id);
    expect(event?.data).toMatchObject({ itemId: id });
    expect(event?.data).not.toHaveProperty("title");
    expect(JSON.stringify(await db().webhookDelivery.findMany())).not.toContain("Darwesh");
  });
});
