// Every delivery path refuses an item whose sources did not agree to sharing with partner
// organisations (consent channel PARTNER_DOWNLOAD), with a reason that names no one.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createApprovedRedactedText, createPartnerOrg, createUser, rid } from "@/tests/support/factories";
import { createItem } from "@/lib/content/create-item";
import { insertQuote } from "@/lib/content/insert-quote";
import { submitItem } from "@/lib/content/submit-item";
import { approveItem } from "@/lib/content/review-item";
import { publishItem } from "@/lib/content/publish-item";
import { deliverImage, deliverItem, DownloadRefused } from "./deliver-item";
import { deliverCampaignKit } from "./deliver-kit";
import { getPortalItem } from "./get-portal-item";
import { PARTNER_CONSENT_MESSAGE } from "./load-deliverable";
import { portalRecipient, type Recipient } from "./recipient";

const WITHOUT_PARTNERS = { scopes: ["VERBATIM"], channels: ["WEB", "SOCIAL"], languages: ["en"] };

/** A PUBLISHED item quoting a source whose consent covers the web but not partners, in a campaign shared with an organisation. */
async function sharedItemWithoutPartnerConsent() {
  const editor = await createUser("EDITOR");
  const reviewer = await createUser("REVIEWER");
  const org = await createPartnerOrg();
  const partner = await createUser("PARTNER", { partnerOrgId: org.id });
  const passage = await createApprovedRedactedText(editor, reviewer, { consent: WITHOUT_PARTNERS });
  const item = await db().contentItem.create({
    data: { type: "ARTICLE", state: "PUBLISHED", language: "en", title: "We found hunger", body: "They told us the salaries would be paid.", createdById: editor.id, channels: ["WEB"], publishedAt: new Date(), version: 2, approvedVersion: 2 },
  });
  await db().contentQuote.create({ data: { itemId: item.id, redactedTextId: passage.redactedTextId, sourceId: passage.sourceId, start: 0, end: 10 } });
  const image = await db().contentAttachment.create({ data: { itemId: item.id, fileName: "a.png", mimeType: "image/png", size: 1, width: 1, height: 1, content: new Uint8Array(await sharp({ create: { width: 1, height: 1, channels: 3, background: "#fff" } }).png().toBuffer()), imageText: "" } });
  const campaign = await db().campaign.create({ data: { name: "Hunger, not a caliphate", objective: "o", createdById: editor.id } });
  await db().campaignItem.create({ data: { campaignId: campaign.id, itemId: item.id } });
  await db().campaignPartner.create({ data: { campaignId: campaign.id, partnerOrgId: org.id } });
  return { editor, reviewer, org, partner, item, image, campaign, passage, recipient: portalRecipient(partner)! };
}

async function refusalOf(promise: Promise<unknown>): Promise<Error | null> {
  return promise.then(
    () => null,
    (error: Error) => error,
  );
}

describe("delivery needs every source's consent to sharing with partners", () => {
  it.each(["md", "txt", "pdf", "zip"] as const)("refuses a portal download as %s with the neutral reason, and records the refusal", async (format) => {
    const { item, recipient, passage } = await sharedItemWithoutPartnerConsent();
    const refusal = await refusalOf(deliverItem(recipient, item.id, format, rid()));
    expect(refusal).toBeInstanceOf(DownloadRefused);
    expect(refusal!.message).toBe(PARTNER_CONSENT_MESSAGE);
    expect(refusal!.message).not.toContain(passage.sourceCode);
    expect(await db().download.count({ where: { itemId: item.id } })).toBe(0);
    expect(await db().auditEvent.count({ where: { action: "delivery.refused", targetId: item.id } })).toBe(1);
  });

  it("refuses the item's images", async () => {
    const { item, image, recipient } = await sharedItemWithoutPartnerConsent();
    expect((await refusalOf(deliverImage(recipient, item.id, image.id, rid())))?.message).toBe(PARTNER_CONSENT_MESSAGE);
  });

  it("refuses the partner API the same way", async () => {
    const { item, org } = await sharedItemWithoutPartnerConsent();
    const api: Recipient = { partnerOrgId: org.id, userId: null, userEmail: null, apiTokenId: "token-1", channel: "API" };
    const refusal = await refusalOf(deliverItem(api, item.id, "txt", rid()));
    expect(refusal).toBeInstanceOf(DownloadRefused);
    expect(refusal!.message).toBe(PARTNER_CONSENT_MESSAGE);
    expect(await db().download.count({ where: { itemId: item.id } })).toBe(0);
  });

  it("shows the portal preview's reason instead of the text, and records no preview", async () => {
    const { item, partner } = await sharedItemWithoutPartnerConsent();
    const view = await getPortalItem(partner, item.id, rid());
    expect(view).toMatchObject({ refusal: PARTNER_CONSENT_MESSAGE, html: null, attachments: [] });
    expect(await db().download.count({ where: { itemId: item.id } })).toBe(0);
  });

  it("withholds it from a campaign kit with the same reason, and delivers the rest", async () => {
    const { item, campaign, editor, recipient } = await sharedItemWithoutPartnerConsent();
    const fine = await db().contentItem.create({ data: { type: "QUOTE_CARD", state: "PUBLISHED", language: "en", title: "Bread", body: "Hunger, not a caliphate.", createdById: editor.id, channels: ["WEB"], publishedAt: new Date() } });
    await db().campaignItem.create({ data: { campaignId: campaign.id, itemId: fine.id, position: 1 } });
    const kit = await deliverCampaignKit(recipient, campaign.id, rid());
    expect(kit.itemCount).toBe(1);
    expect((await db().download.findMany({ where: { campaignId: campaign.id }, select: { itemId: true } })).map((d) => d.itemId)).toEqual([fine.id]);
    const refusal = await db().auditEvent.findFirstOrThrow({ where: { action: "delivery.refused", targetId: item.id } });
    expect(refusal.details).toMatchObject({ format: "kit", campaignId: campaign.id });
  });

  it("delivers once the source's consent covers partners", async () => {
    const { item, recipient, passage } = await sharedItemWithoutPartnerConsent();
    await db().consent.update({ where: { sourceId: passage.sourceId }, data: { channels: [...WITHOUT_PARTNERS.channels, "PARTNER_DOWNLOAD"] } });
    expect((await deliverItem(recipient, item.id, "txt", rid())).reference).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  });
});

describe("publication needs it too", () => {
  it("refuses to publish once the consent no longer covers partners, naming the source and what is missing", async () => {
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    const passage = await createApprovedRedactedText(editor, reviewer);
    const { id } = await createItem(editor, { type: "QUOTE_CARD", language: "en", themeIds: [], audiences: [], channels: ["WEB"], internalNotes: null, title: "Promises", body: "" }, rid());
    await insertQuote(editor, { itemId: id, expectedVersion: 1, redactedTextId: passage.redactedTextId, start: 0, end: 94, usage: "VERBATIM" }, rid());
    await submitItem(editor, { itemId: id, expectedVersion: 2, reviewerId: reviewer.id }, rid());
    await approveItem(reviewer, { itemId: id, expectedVersion: 2 }, rid());
    await db().consent.update({ where: { sourceId: passage.sourceId }, data: { channels: ["WEB"] } });
    const error = await refusalOf(publishItem(editor, { itemId: id, expectedVersion: 2 }, rid()));
    expect(error?.message).toBe(`This item cannot be published: Source ${passage.sourceCode}: consent does not cover sharing with partner organisations (“Partner download”).`);
    expect((await db().contentItem.findUniqueOrThrow({ where: { id } })).state).toBe("APPROVED");
  });
});
