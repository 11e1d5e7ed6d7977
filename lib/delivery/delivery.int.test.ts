import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createApprovedRedactedText, createPartnerOrg, createUser, rid } from "@/tests/support/factories";
import { withdrawConsent } from "@/lib/sources/withdraw-consent";
import { NotFound } from "@/lib/errors";
import { deliverItem, DownloadRefused } from "./deliver-item";
import { deliverCampaignKit } from "./deliver-kit";
import { extractMarks, stripMarks } from "./fingerprint";
import { getPortalItem } from "./get-portal-item";
import { listWithdrawalNotices } from "./list-withdrawal-notices";
import { portalRecipient, type Recipient } from "./recipient";

const BODY = "They told us the salaries would be paid.\n\n> The emirs kept the best houses for themselves while the fighters went hungry.";

async function readAll(body: Buffer | ReadableStream<Uint8Array>): Promise<Buffer> {
  if (Buffer.isBuffer(body)) return body;
  const chunks: Uint8Array[] = [];
  const reader = body.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
  return Buffer.concat(chunks);
}

/** A PUBLISHED item quoting a source, in a campaign shared with a fresh organisation. */
async function sharedPublishedItem(options: { title?: string; state?: "PUBLISHED" | "DRAFT" } = {}) {
  const editor = await createUser("EDITOR");
  const reviewer = await createUser("REVIEWER");
  const org = await createPartnerOrg();
  const partner = await createUser("PARTNER", { partnerOrgId: org.id });
  const passage = await createApprovedRedactedText(editor, reviewer);
  const item = await db().contentItem.create({
    data: { type: "ARTICLE", state: options.state ?? "PUBLISHED", language: "en", title: options.title ?? "We found hunger", body: BODY, createdById: editor.id, channels: ["WEB"], publishedAt: new Date(), version: 3, approvedVersion: 3 },
  });
  await db().contentQuote.create({ data: { itemId: item.id, redactedTextId: passage.redactedTextId, sourceId: passage.sourceId, start: 0, end: 10 } });
  const campaign = await db().campaign.create({ data: { name: "Hunger, not a caliphate", objective: "o", createdById: editor.id } });
  await db().campaignItem.create({ data: { campaignId: campaign.id, itemId: item.id } });
  await db().campaignPartner.create({ data: { campaignId: campaign.id, partnerOrgId: org.id } });
  return { editor, org, partner, item, campaign, sourceId: passage.sourceId, recipient: portalRecipient(partner)! };
}

async function refusalOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

describe("item delivery", () => {
  it("records the download and marks the file for it, visibly and invisibly", async () => {
    const { item, org, partner, recipient } = await sharedPublishedItem();
    const file = await deliverItem(recipient, item.id, "md", rid());
    const text = (await readAll(file.body)).toString("utf8");
    expect(file.fileName).toBe(`we-found-hunger-${file.reference}.md`);
    expect(stripMarks(text)).toContain(`Prepared for ${org.name} · ref ${file.reference}`);
    expect(extractMarks(text)).toEqual([file.reference]);
    const row = await db().download.findUniqueOrThrow({ where: { reference: file.reference } });
    expect(row).toMatchObject({ itemId: item.id, itemVersion: 3, userId: partner.id, partnerOrgId: org.id, format: "md", channel: "PORTAL" });
    expect(await db().auditEvent.count({ where: { action: "delivery.downloaded", targetId: row.id } })).toBe(1);
  });

  it("answers an unshared item, a draft and an unknown id alike, and records nothing", async () => {
    const shared = await sharedPublishedItem();
    const other = await sharedPublishedItem();
    const draft = await sharedPublishedItem({ state: "DRAFT" });
    for (const itemId of [other.item.id, "no-such-item"]) expect(await refusalOf(deliverItem(shared.recipient, itemId, "txt", rid()))).toBeInstanceOf(NotFound);
    expect(await refusalOf(deliverItem(draft.recipient, draft.item.id, "txt", rid()))).toBeInstanceOf(NotFound);
    expect(await db().download.count({ where: { itemId: { in: [other.item.id, draft.item.id] } } })).toBe(0);
  });

  it("refuses, with the reason, once the source withdraws consent, and tells the organisations that downloaded it", async () => {
    const { item, editor, partner, recipient, sourceId } = await sharedPublishedItem();
    const before = await deliverItem(recipient, item.id, "txt", rid());
    const consent = await db().consent.findUniqueOrThrow({ where: { sourceId } });
    await withdrawConsent(editor, { sourceId, version: consent.version }, rid());

    const refusal = await refusalOf(deliverItem(recipient, item.id, "pdf", rid()));
    expect(refusal).toBeInstanceOf(DownloadRefused);
    expect((refusal as Error).message).toMatch(/withdrawn consent/);
    expect(await db().download.count({ where: { itemId: item.id } })).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "delivery.refused", targetId: item.id } })).toBe(1);

    const notices = await listWithdrawalNotices(partner);
    expect(notices.map((n) => n.id)).toEqual([item.id]);
    expect(notices[0]!.downloads.map((d) => d.reference)).toEqual([before.reference]);
    expect((await getPortalItem(partner, item.id, rid()))?.refusal).toMatch(/withdrawn/);
  });

  it("previews only the published text and images, never notes, comments or quotes' sources", async () => {
    const { item, partner } = await sharedPublishedItem();
    await db().contentItem.update({ where: { id: item.id }, data: { internalNotes: "Check with the handler before the next round" } });
    await db().contentComment.create({ data: { itemId: item.id, authorId: item.createdById, body: "Reviewer remark", version: 3 } });
    const view = await getPortalItem(partner, item.id, rid());
    expect(Object.keys(view!).sort()).toEqual(["attachments", "html", "id", "language", "preparedFor", "publishedAt", "refusal", "title", "type"]);
    expect(JSON.stringify(view)).not.toMatch(/handler|Reviewer remark|sourceId/);
    expect(view!.html).toContain("<blockquote>");
  });

  it("records a preview as a download and marks its text, so a copy from the screen is traceable", async () => {
    const { item, partner, org } = await sharedPublishedItem();
    const view = await getPortalItem(partner, item.id, rid());
    const preview = await db().download.findFirstOrThrow({ where: { itemId: item.id, format: "preview" } });
    expect(preview).toMatchObject({ userId: partner.id, partnerOrgId: org.id, itemVersion: 3 });
    expect(extractMarks(view!.html!)).toEqual([preview.reference]);
    expect(view!.preparedFor).toBe(`Prepared for ${org.name} · ref ${preview.reference}`);
  });

  it("forgets a retired item the organisation never downloaded", async () => {
    const { item, partner } = await sharedPublishedItem();
    await db().contentItem.update({ where: { id: item.id }, data: { state: "RETIRED", retiredAt: new Date(), retiredReason: "consent withdrawn" } });
    expect(await getPortalItem(partner, item.id, rid())).toBeNull();
    expect(await listWithdrawalNotices(partner)).toEqual([]);
  });

  it("refuses a deactivated organisation", async () => {
    const { item, org, recipient } = await sharedPublishedItem();
    await db().partnerOrganization.update({ where: { id: org.id }, data: { active: false } });
    const refusal = await refusalOf(deliverItem(recipient, item.id, "md", rid()));
    expect(refusal).toBeInstanceOf(DownloadRefused);
    expect((refusal as Error).message).toMatch(/deactivated/);
  });

  it("serves API tokens the same way and records the channel", async () => {
    const { item, org } = await sharedPublishedItem();
    const api: Recipient = { partnerOrgId: org.id, userId: null, userEmail: null, apiTokenId: "token-1", channel: "API" };
    const file = await deliverItem(api, item.id, "txt", rid());
    expect(await db().download.findUniqueOrThrow({ where: { reference: file.reference } })).toMatchObject({ channel: "API", apiTokenId: "token-1", userId: null });
  });
});

describe("campaign kit", () => {
  it("streams a ZIP of every published item with a manifest, one recorded download per item", async () => {
    const { campaign, recipient, item, editor } = await sharedPublishedItem();
    const second = await db().contentItem.create({ data: { type: "QUOTE_CARD", state: "PUBLISHED", language: "ar", title: "وجدنا الجوع", body: "وجدنا الجوع لا الخلافة.", createdById: editor.id, publishedAt: new Date() } });
    const draft = await db().contentItem.create({ data: { type: "QUOTE_CARD", state: "DRAFT", language: "en", title: "Unfinished", body: "draft", createdById: editor.id } });
    await db().campaignItem.createMany({ data: [{ campaignId: campaign.id, itemId: second.id, position: 1 }, { campaignId: campaign.id, itemId: draft.id, position: 2 }] });

    const kit = await deliverCampaignKit(recipient, campaign.id, rid());
    const zip = await readAll(kit.body);
    expect(zip.subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
    const names = zip.toString("latin1");
    for (const name of ["manifest.json", "README.txt", "01-we-found-hunger/we-found-hunger.md", "01-we-found-hunger/we-found-hunger.pdf", "02-quote-card/quote-card.txt"]) expect(names).toContain(name);
    expect(names).not.toContain("unfinished");
    const downloads = await db().download.findMany({ where: { campaignId: campaign.id } });
    expect(downloads.map((d) => d.itemId).sort()).toEqual([item.id, second.id].sort());
    expect(new Set(downloads.map((d) => d.kitId)).size).toBe(1);
    expect(kit.itemCount).toBe(2);
  });

  it("is not found for a campaign not shared with the organisation", async () => {
    const mine = await sharedPublishedItem();
    const theirs = await sharedPublishedItem();
    expect(await refusalOf(deliverCampaignKit(mine.recipient, theirs.campaign.id, rid()))).toBeInstanceOf(NotFound);
  });
});
