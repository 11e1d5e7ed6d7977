// A campaign kit: the PUBLISHED items of a campaign shared with the organisation (the first
// MAX_KIT_ITEMS in campaign order), each in every format with its images, plus a manifest and
// usage guidance, streamed as a ZIP. Each item gets its own download record and reference; the
// kit id ties them together. Items that may not leave are named in the README with the reason.
// The campaign's own text is checked by the leak guard in every form the kit carries it; a
// campaign that now matches is suspended and the kit is refused as for an unshared campaign.
import "server-only";
import { kickNotices } from "@/lib/notices/kick-notices";
import { campaignsSharedWith, OFFERED_ITEM } from "./partner-items";
import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db/client";
import { itemConsentProblems, sourcesWithConsent } from "@/lib/content/consent-check";
import { log } from "@/lib/log";
import { NotFound } from "@/lib/errors";
import { attributionIn, usageGuidanceIn } from "./attribution";
import type { AppLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
import { attachmentDisposition, fileStem, typeStem } from "./formats";
import { kitCampaignForms, kitFileName, kitManifestCampaign, kitReadmeHeading } from "./kit-campaign-text";
import { withholdLeakingCampaigns } from "./withhold-leaking-campaigns";
import { itemZipEntries, type DeliveredItem } from "./item-files";
import { BODY_PAST_LIMITS_MESSAGE, loadDeliverable, ORGANISATION_DEACTIVATED_MESSAGE } from "./load-deliverable";
import { unreadPicturesRefusal } from "@/lib/content/attachments/unread-pictures";
import { readUnreadPictures } from "@/lib/content/attachments/read-unread-pictures";
import { markdownLimitProblem } from "@/lib/content/markdown-limits";
import type { Recipient } from "./recipient";
import { recordDownload } from "./record-download";
import { DownloadRefused, recordRefusal, type DeliveredFile } from "./deliver-item";
import { zipStream, type ZipEntry } from "./zip-stream";
import { partnerMessage } from "./partner-messages";
import { visibleLine } from "./fingerprint";
import { titleIfClean } from "./listed-title-leaks";
import { oneLine } from "@/lib/leak-guard/unseen-text";
import { leaksIn, NOT_AVAILABLE, recordBlockedDelivery, servedForms, verifyServed, writtenForms } from "./verify-delivery";
import { loadGuardWords } from "@/lib/leak-guard/guard-words";

/**
 * Preparing a kit records two rows per item in one transaction and the ZIP renders a PDF per
 * item; past this many items the partner gets the first ones and is told to take the rest one by one.
 */
export const MAX_KIT_ITEMS = 200;
// 200 items are ~400 inserts and a few reads: 0.6 s on a local PostgreSQL. The timeout leaves
// fifty times that for a slow or embedded database; Prisma's default (5 s) left eight.
const KIT_TRANSACTION = { maxWait: 10_000, timeout: 30_000 };


type KitItem = DeliveredItem & { channels: string[]; quotes: { sourceId: string; usage: string }[]; attachments: { id: string; altText: string | null; caption: string | null; imageText: string | null }[] };
/** `title` null: named "An item under review" in the kit's language. */
type Withheld = { id: string; title: string | null; reason: string };
type Limit = { maxItems: number; publishedItems: number; leftOut: number };

/** `onItem` hears of each item written, so a background job can show how far the kit got. */
export type KitOptions = { onItem?: (done: number, total: number) => void };

export async function deliverCampaignKit(recipient: Recipient, campaignId: string, requestId: string, options: KitOptions = {}): Promise<DeliveredFile & { itemCount: number; campaignVersion: number }> {
  const kitId = randomUUID();
  await loadGuardWords();
  // pictures stored before they were read for text are read now, outside the transaction
  await readUnreadPictures(db(), (await db().campaignItem.findMany({ where: { campaignId, item: OFFERED_ITEM }, select: { itemId: true }, take: MAX_KIT_ITEMS })).map((r) => r.itemId));
  const prepared = await db().$transaction((tx) => prepareKit(tx, recipient, campaignId, kitId, requestId), KIT_TRANSACTION);
  if (!prepared) throw new NotFound("No such campaign.");
  if ("refused" in prepared) throw new DownloadRefused(prepared.refused);
  const { campaign, organisation, locale, ready, withheld, limit } = prepared;
  const audience = { organisation, locale };
  // take-down notices of any item a blocked delivery suspended
  if (withheld.length > 0) kickNotices();
  if (ready.length === 0) {
    throw new DownloadRefused(withheld.length > 0 ? "None of this campaign's material may be downloaded at the moment: open each item in the portal to see why." : "This campaign has no published material to download yet.");
  }

  const kitReference = ready[0]!.reference;
  const fileName = kitFileName(campaign.name, kitReference);
  async function* entries(): AsyncIterable<ZipEntry> {
    const manifestItems = [];
    for (const [i, { item, reference }] of ready.entries()) {
      const folder = `${String(i + 1).padStart(2, "0")}-${fileStem(item.title, typeStem(item.type))}/`;
      const { entries: files, manifest } = await itemZipEntries(item, audience, reference, folder, campaign.name);
      // each item's files are checked as served before they are streamed; a hit ends the kit there
      const served = await Promise.all(files.map((file) => servedForms(file.name, file.data, file.shows)));
      await verifyServed({ recipient, itemId: item.id, requestId, format: "kit" }, served.flat(), reference, [visibleLine(organisation, reference, locale)]);
      yield* files;
      manifestItems.push(manifest);
      options.onItem?.(i + 1, ready.length);
    }
    const manifest = { campaign: kitManifestCampaign(campaign), preparedFor: organisation, kitId, createdAt: new Date().toISOString(), attribution: attributionIn(locale), usage: usageGuidanceIn(locale), items: manifestItems, withheld: withheld.map((w) => ({ ...w, title: w.title ?? translatorFor(locale, "delivery")("readme.underReview") })), limit };
    yield { name: "manifest.json", data: JSON.stringify(manifest, null, 2) };
    yield { name: "README.txt", data: readme(campaign.name, audience, manifestItems, withheld, limit) };
  }
  const body = zipStream(entries(), (error) => log("error", "delivery.kit-failed", { kitId, message: error instanceof Error ? error.name : "unknown" }));
  return { fileName, contentType: "application/zip", disposition: attachmentDisposition(fileName), body, reference: kitReference, itemCount: ready.length, campaignVersion: campaign.version };
}

/** Checks and records, in one transaction, every item the kit will carry, before any byte leaves. */
async function prepareKit(tx: Tx, recipient: Recipient, campaignId: string, kitId: string, requestId: string) {
  const { partnerOrgId } = recipient;
  const campaign = await tx.campaign.findFirst({ where: { id: campaignId, ...campaignsSharedWith(partnerOrgId) }, select: { id: true, name: true, objective: true, version: true } });
  const organisation = await tx.partnerOrganization.findUnique({ where: { id: partnerOrgId }, select: { name: true, active: true, defaultLocale: true } });
  if (!campaign || !organisation) return null;
  if (!organisation.active) {
    await recordRefusal(tx, recipient, { type: "campaign", id: campaign.id }, { format: "kit", kitId }, requestId);
    return { refused: ORGANISATION_DEACTIVATED_MESSAGE } as const;
  }
  const trigger = { channel: "kit", partnerOrgId, user: recipient.userId && recipient.userEmail ? { id: recipient.userId, email: recipient.userEmail } : null, apiTokenId: recipient.apiTokenId } as const;
  const passed = await withholdLeakingCampaigns(tx, [campaign], trigger, requestId, (c) => kitCampaignForms(c, organisation.name, organisation.defaultLocale));
  // Suspended just now: no longer shared, so answered like any campaign that is not.
  if (passed.length === 0) return null;

  const published = { campaignId: campaign.id, item: OFFERED_ITEM };
  const publishedItems = await tx.campaignItem.count({ where: published });
  const rows = await tx.campaignItem.findMany({
    where: published,
    orderBy: [{ position: "asc" }, { itemId: "asc" }],
    take: MAX_KIT_ITEMS,
    select: { item: { select: { id: true, type: true, title: true, body: true, language: true, version: true, channels: true, attachments: { select: { id: true, altText: true, caption: true, imageText: true } }, quotes: { select: { sourceId: true, usage: true } } } } },
  });
  const items: KitItem[] = rows.map((r) => r.item);
  const suspect = await itemsWithConsentProblems(tx, items);

  const ready: { item: KitItem; reference: string }[] = [];
  const withheld: Withheld[] = [];
  for (const item of items) {
    // loadDeliverable stays the one judge of what may leave, and words the reason; only
    // items whose consent shows a problem need asking.
    const verdict = suspect.has(item.id) ? await loadDeliverable(tx, partnerOrgId, item.id) : { refusal: markdownLimitProblem(item.body) ? BODY_PAST_LIMITS_MESSAGE : unreadPicturesRefusal(item) };
    if (!verdict) continue;
    if (verdict.refusal) {
      await recordRefusal(tx, recipient, { type: "content", id: item.id }, { format: "kit", campaignId: campaign.id, kitId }, requestId);
      // named only if nothing in its title matches now: a name may have been learned since
      withheld.push({ id: item.id, title: await titleIfClean(item.title, tx), reason: verdict.refusal });
      continue;
    }
    const hits = await leaksIn(tx, writtenForms(item));
    if (hits.length > 0) {
      // the title may be where the identifier is: the kit names the item by nothing but its id
      await recordBlockedDelivery(tx, { recipient, itemId: item.id, requestId, format: "kit" }, hits);
      withheld.push({ id: item.id, title: null, reason: NOT_AVAILABLE });
      continue;
    }
    const reference = await recordDownload(tx, recipient, { itemId: item.id, itemVersion: item.version, format: "kit", campaignId: campaign.id, kitId }, requestId);
    ready.push({ item, reference });
  }
  const limit: Limit = { maxItems: MAX_KIT_ITEMS, publishedItems, leftOut: publishedItems - items.length };
  return { campaign, organisation: organisation.name, locale: organisation.defaultLocale, ready, withheld, limit };
}

/** The items whose consent has a problem, with the sources of all items read at once: the same rule as checkItemConsent. */
async function itemsWithConsentProblems(tx: Tx, items: KitItem[]): Promise<Set<string>> {
  const sources = await sourcesWithConsent(tx, items.flatMap((item) => item.quotes.map((q) => q.sourceId)));
  const now = new Date();
  return new Set(items.filter((item) => itemConsentProblems(item, sources, now).length > 0).map((item) => item.id));
}

function readme(campaign: string, { organisation, locale }: { organisation: string; locale: AppLocale }, items: { title: string; reference: string; language: string }[], withheld: Withheld[], limit: Limit): string {
  const t = translatorFor(locale, "delivery");
  return [
    kitReadmeHeading(campaign, organisation, locale),
    "",
    attributionIn(locale),
    "",
    t("readme.howToUse"),
    ...usageGuidanceIn(locale).map((line) => `- ${line}`),
    "",
    t("readme.contents"),
    ...items.map((item, i) => t("readme.contentsLine", { position: i + 1, title: oneLine(item.title), language: item.language, reference: item.reference })),
    ...(withheld.length > 0 ? ["", ...withheld.map((w) => t("readme.notIncluded", { title: w.title === null ? t("readme.underReview") : oneLine(w.title), reason: partnerMessage(w.reason, locale) }))] : []),
    ...(limit.leftOut > 0 ? ["", t("readme.limit", { published: limit.publishedItems, max: limit.maxItems, leftOut: limit.leftOut })] : []),
    "",
  ].join("\n");
}
