// Everything a partner organisation can receive, channel by channel, as the text a person
// reads: the portal (campaign list, item page, take-down notices, downloads), the partner API
// (asset and campaign lists as JSON, downloads) and the campaign kit — each file by its name
// and content, a PDF read back with pdf.js, a ZIP entry by entry. The red-team regression
// tests ask of it one question: does this identifier reach the partner anywhere?
import { expect } from "vitest";
import { db } from "@/lib/db/client";
import { createItem } from "@/lib/content/create-item";
import { submitItem } from "@/lib/content/submit-item";
import { approveItem } from "@/lib/content/review-item";
import { publishItem } from "@/lib/content/publish-item";
import { deliverItem, type DeliveredFile } from "@/lib/delivery/deliver-item";
import { deliverCampaignKit } from "@/lib/delivery/deliver-kit";
import { stripMarks } from "@/lib/delivery/fingerprint";
import { DOWNLOAD_FORMATS } from "@/lib/delivery/formats";
import { getPortalItem } from "@/lib/delivery/get-portal-item";
import { listWithdrawalNotices } from "@/lib/delivery/list-withdrawal-notices";
import { portalRecipient, type Recipient } from "@/lib/delivery/recipient";
import { pdfText } from "@/lib/leak-guard/pdf-text";
import { readAll, unzip } from "./delivered-bytes";
import { ocrText } from "./ocr";
import { startJobWorkers, stopJobWorkers } from "@/lib/jobs/job-queue";
import { listSharedCampaigns } from "@/lib/partners/list-shared-campaigns";
import { apiRequest, tokenFor } from "@/lib/partner-api/test-fixtures";
import { GET as apiAssets } from "@/app/api/v1/assets/route";
import { GET as apiCampaigns } from "@/app/api/v1/campaigns/route";
import { GET as apiDownload } from "@/app/api/v1/assets/[assetId]/download/route";
import { createApprovedRedactedText, createPartnerOrg, createUser, rid } from "./factories";

type DictionaryEntry = { text: string; type: string; variants: string[] };

/**
 * A source with the given dictionary (and an approved passage to quote), an editor, a
 * reviewer, and a partner organisation with a portal user and an API token, with which a
 * campaign of clean text is shared.
 */
export async function sharedWorld(dictionary: DictionaryEntry[]) {
  const editor = await createUser("EDITOR");
  const reviewer = await createUser("REVIEWER");
  const org = await createPartnerOrg();
  const partner = await createUser("PARTNER", { partnerOrgId: org.id });
  const { plaintext: apiToken } = await tokenFor(org.id);
  const passage = await createApprovedRedactedText(editor, reviewer, { dictionary });
  const campaign = await db().campaign.create({ data: { name: "Bread before belief", objective: "Show the hunger", createdById: editor.id } });
  await db().campaignPartner.create({ data: { campaignId: campaign.id, partnerOrgId: org.id } });
  return { editor, reviewer, org, partner, apiToken, passage, campaign, recipient: portalRecipient(partner)! };
}

export type SharedWorld = Awaited<ReturnType<typeof sharedWorld>>;

type Draft = { title: string; body: string; language?: "en" | "ar"; type?: "ARTICLE" | "QUOTE_CARD" };

/** A new draft through the real command; its id. */
export async function draft(w: SharedWorld, { title, body, language = "en", type = "ARTICLE" }: Draft): Promise<string> {
  const { id } = await createItem(w.editor, { type, language, title, body, themeIds: [], audiences: [], channels: ["WEB", "PARTNER_DOWNLOAD"], internalNotes: null }, rid());
  return id;
}

/** Submit, approve (another person) and publish the item's version, then put it in the shared campaign. */
export async function releaseAndShare(w: SharedWorld, itemId: string, version = 1): Promise<string> {
  await submitItem(w.editor, { itemId, expectedVersion: version, reviewerId: w.reviewer.id }, rid());
  await approveItem(w.reviewer, { itemId, expectedVersion: version }, rid());
  await publishItem(w.editor, { itemId, expectedVersion: version }, rid());
  await db().campaignItem.create({ data: { campaignId: w.campaign.id, itemId } });
  return itemId;
}

/** Through the real commands: create, submit, approve, publish, share. */
export async function publishAndShare(w: SharedWorld, item: Draft): Promise<string> {
  return releaseAndShare(w, await draft(w, item));
}

/**
 * An item PUBLISHED and shared before the guard could see what it carries (written directly,
 * as the workflow let it through then): what the delivery-time checks must stop on their own.
 */
export async function publishedBeforeTheFix(w: SharedWorld, { title, body, language = "en", type = "ARTICLE" }: Draft): Promise<string> {
  const item = await db().contentItem.create({
    data: { type, state: "PUBLISHED", language, title, body, createdById: w.editor.id, channels: ["WEB", "PARTNER_DOWNLOAD"], publishedAt: new Date(), version: 1, approvedVersion: 1 },
  });
  await db().campaignItem.create({ data: { campaignId: w.campaign.id, itemId: item.id } });
  return item.id;
}

/** A file as a person reads it: its name, then its text (a PDF read back, a ZIP entry by entry, a picture card read by OCR, other images by name only). */
async function fileText(name: string, bytes: Buffer): Promise<string> {
  if (name.endsWith(".pdf")) return `${name}\n${await pdfText(bytes)}`;
  if (name.endsWith(".zip")) {
    const entries = await Promise.all([...unzip(bytes)].map(([entry, data]) => fileText(entry, data)));
    return `${name}\n${entries.join("\n")}`;
  }
  if (/\.png$/.test(name) && !/-image-\d+\.png$/.test(name)) return `${name}\n${await ocrText(bytes)}`;
  if (/\.(?:jpe?g|png|webp|gif)$/.test(name)) return name;
  return `${name}\n${bytes.toString("utf8")}`;
}

/** A channel that delivered nothing to read (a PDF still being made): reading it would prove nothing. */
class NotDelivered extends Error {}

/** A refusal's words reach the partner too. */
async function orRefusal(read: () => Promise<string>): Promise<string> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof NotDelivered) throw error;
    return `refused: ${error instanceof Error ? error.message : String(error)}`;
  }
}

async function delivered(file: Promise<DeliveredFile>): Promise<string> {
  const { fileName, disposition, body } = await file;
  return `${disposition}\n${await fileText(fileName, await readAll(body))}`;
}

async function apiResponse(response: Promise<Response>): Promise<string> {
  const res = await response;
  if (res.status === 202) throw new NotDelivered(`${res.url || "the API"} answered 202: its background job did not finish, so nothing was read`);
  const name = /filename\*?=(?:UTF-8'')?"?([^";]+)/.exec(res.headers.get("content-disposition") ?? "")?.[1];
  const bytes = Buffer.from(await res.arrayBuffer());
  return `${res.status} ${res.headers.get("content-disposition") ?? ""}\n${name ? await fileText(decodeURIComponent(name), bytes) : bytes.toString("utf8")}`;
}

export type Received = { channel: string; text: string }[];

/**
 * What the partner organisation receives of the item and the shared campaign, channel by
 * channel. A channel that refuses answers with its refusal's words. Any channel may suspend
 * the item (and the campaign); with `eachChannelFirst` the suspensions are lifted before each
 * channel, so that every channel is read as if it were the first one a partner used and shows
 * its own check, not the one before it.
 */
export async function everythingReceived(w: SharedWorld, itemId: string, options: { eachChannelFirst?: boolean } = {}): Promise<Received> {
  const recipient: Recipient = w.recipient;
  const get = (path: string) => apiRequest(path, w.apiToken);
  const channels: [string, () => Promise<string>][] = [
    ["portal: campaign list", async () => JSON.stringify(await listSharedCampaigns(w.partner, 1, rid()))],
    ["portal: item page", async () => JSON.stringify(await getPortalItem(w.partner, itemId, rid()))],
    ["portal: take-down notices", async () => JSON.stringify(await listWithdrawalNotices(w.partner))],
    ...DOWNLOAD_FORMATS.map((format): [string, () => Promise<string>] => [`portal: ${format} download`, () => delivered(deliverItem(recipient, itemId, format, rid()))]),
    ["portal: campaign kit", () => delivered(deliverCampaignKit(recipient, w.campaign.id, rid()))],
    ["api: GET /assets", () => apiResponse(apiAssets(get("/api/v1/assets")))],
    ["api: GET /campaigns", () => apiResponse(apiCampaigns(get("/api/v1/campaigns")))],
    ...DOWNLOAD_FORMATS.map((format): [string, () => Promise<string>] => [
      `api: ${format} download`,
      () => apiResponse(apiDownload(get(`/api/v1/assets/${itemId}/download?format=${format}`), { params: Promise.resolve({ assetId: itemId }) })),
    ]),
  ];
  const received: Received = [];
  // the API's PDFs are made by a background job, as in the app
  await startJobWorkers();
  try {
    for (const [channel, read] of channels) {
      if (options.eachChannelFirst) await liftSuspensions(itemId, w.campaign.id);
      received.push({ channel, text: stripMarks(await orRefusal(read)) });
    }
  } finally {
    await stopJobWorkers();
  }
  return received;
}

async function liftSuspensions(itemId: string, campaignId: string) {
  await db().contentItem.update({ where: { id: itemId }, data: { suspendedAt: null, suspendedReason: null } });
  await db().campaign.update({ where: { id: campaignId }, data: { suspendedAt: null, suspendedReason: null } });
}

// Compared without case, spaces or invisible characters: a PDF read back may part a name
// where a line broke, a phone number may be grouped differently.
const squash = (text: string) => stripMarks(text).normalize("NFKC").toLowerCase().replace(/[\s\u00ad\u200b-\u200f\u2060-\u2064\ufeff]+/g, "");

/** The channels (and which of the identifiers) that carry any of them; [] when none does. */
export function channelsCarrying(received: Received, identifiers: string[]): string[] {
  return received.flatMap(({ channel, text }) => identifiers.filter((id) => squash(text).includes(squash(id))).map((id) => `${channel}: ${id}`));
}

/** Not one of the identifiers reaches the partner in any channel. */
export function expectNowhere(received: Received, identifiers: string[]): void {
  expect(received.length).toBeGreaterThan(10);
  expect(channelsCarrying(received, identifiers)).toEqual([]);
}

/** The channels that do not carry the text: for controls showing that the channels are really read. */
export function channelsWithout(received: Received, text: string): string[] {
  return received.filter((r) => !squash(r.text).includes(squash(text))).map((r) => r.channel);
}
