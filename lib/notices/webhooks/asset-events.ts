// asset.published and asset.updated, queued in the transaction of the change they tell of
// to every organisation with an endpoint that can now reach the item (lib/delivery/partner-items.ts).
// The title goes only when the leak guard finds nothing in it; the body never goes.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { findLeaks } from "@/lib/content/leak-guard";
import { OFFERED_ITEM, publishedAndSharedWith, sharedWith } from "@/lib/delivery/partner-items";
import { queueWebhookEvent } from "../queue-webhook-event";
import { AssetEventData } from "./webhook-payloads";

type AssetEvent = "asset.published" | "asset.updated";

function linkBase(): string {
  return env().NEXTAUTH_URL ?? `http://localhost:${env().PORT}`;
}

/** The payload for one item as it now stands, or null when it is not offered to partners. */
export async function assetEventData(tx: Tx, itemId: string): Promise<AssetEventData | null> {
  const item = await tx.contentItem.findFirst({ where: { id: itemId, ...OFFERED_ITEM }, select: { id: true, version: true, approvedVersion: true, type: true, language: true, title: true } });
  if (!item) return null;
  const titleIsSafe = (await findLeaks(tx, [{ field: "title", label: "Title", text: item.title }])).length === 0;
  const base = linkBase();
  return AssetEventData.parse({
    itemId: item.id,
    version: item.approvedVersion ?? item.version,
    type: item.type,
    language: item.language,
    ...(titleIsSafe ? { title: item.title } : {}),
    links: { api: new URL(`/api/v1/assets/${item.id}/download`, base).toString(), portal: new URL(`/portal/items/${item.id}`, base).toString() },
  });
}

/**
 * The queued payload as it may go out now: an event waits for retries for hours, and an admin
 * may send a DEAD one again days later. Meanwhile a dictionary entry can make its title
 * identifying, or the item can be suspended, withdrawn or retired — and once its source is
 * erased the guard no longer knows the identifiers; or the campaign is no longer shared with
 * the organisation. The title goes only when the item is still offered to the organisation
 * and the guard still passes it; otherwise it is left out, as at queueing.
 */
export async function withTitleCheckedNow(client: Db | Tx, partnerOrgId: string, event: string, payload: unknown): Promise<unknown> {
  if (event !== "asset.published" && event !== "asset.updated") return payload;
  const parsed = AssetEventData.safeParse(payload);
  if (!parsed.success || parsed.data.title === undefined) return payload;
  const { title, ...withoutTitle } = parsed.data;
  const offered = await client.contentItem.count({ where: { id: parsed.data.itemId, ...publishedAndSharedWith(partnerOrgId) } });
  if (offered === 0) return withoutTitle;
  const hits = await findLeaks(client, [{ field: "title", label: "Title", text: title }]);
  return hits.length === 0 ? parsed.data : withoutTitle;
}

/** To every organisation with an endpoint that reaches the item now. Returns how many events were queued. */
export async function queueAssetEventForReachers(tx: Tx, itemId: string, event: AssetEvent): Promise<number> {
  const orgs = await tx.partnerOrganization.findMany({
    where: { active: true, webhookUrl: { not: null }, campaigns: { some: { campaign: { suspendedAt: null, items: { some: { itemId } } } } } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  if (orgs.length === 0) return 0;
  const data = await assetEventData(tx, itemId);
  if (!data) return 0;
  let queued = 0;
  for (const org of orgs) if (await queueWebhookEvent(tx, org.id, event, data)) queued++;
  return queued;
}

/**
 * Before a campaign is shared with an organisation: the offered items of the campaign it
 * cannot reach yet. Call `queuePublishedTo` with them once the share is written.
 */
export async function itemsNewlyReachable(tx: Tx, campaignId: string, partnerOrgId: string): Promise<string[]> {
  const org = await tx.partnerOrganization.findUnique({ where: { id: partnerOrgId }, select: { webhookUrl: true, active: true } });
  if (!org?.webhookUrl || !org.active) return [];
  const campaign = await tx.campaign.findFirst({ where: { id: campaignId, suspendedAt: null }, select: { id: true } });
  if (!campaign) return [];
  const items = await tx.contentItem.findMany({
    where: { ...OFFERED_ITEM, campaigns: { some: { campaignId } }, NOT: sharedWith(partnerOrgId) },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return items.map((i) => i.id);
}

export async function queuePublishedTo(tx: Tx, partnerOrgId: string, itemIds: string[]): Promise<number> {
  let queued = 0;
  for (const itemId of itemIds) {
    const data = await assetEventData(tx, itemId);
    if (data && (await queueWebhookEvent(tx, partnerOrgId, "asset.published", data))) queued++;
  }
  return queued;
}

/**
 * Before an item is added to a campaign: the organisations with an endpoint that the campaign
 * is shared with and that cannot reach the item yet. Call `queuePublishedToEach` once it is added.
 */
export async function organisationsNewlyReaching(tx: Tx, campaignId: string, itemId: string): Promise<string[]> {
  const offered = await tx.contentItem.count({ where: { id: itemId, ...OFFERED_ITEM } });
  if (offered === 0) return [];
  const orgs = await tx.partnerOrganization.findMany({
    where: { active: true, webhookUrl: { not: null }, campaigns: { some: { campaignId, campaign: { suspendedAt: null } } } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const newly: string[] = [];
  for (const org of orgs) if ((await tx.contentItem.count({ where: { id: itemId, ...sharedWith(org.id) } })) === 0) newly.push(org.id);
  return newly;
}

export async function queuePublishedToEach(tx: Tx, partnerOrgIds: string[], itemId: string): Promise<number> {
  if (partnerOrgIds.length === 0) return 0;
  const data = await assetEventData(tx, itemId);
  if (!data) return 0;
  let queued = 0;
  for (const partnerOrgId of partnerOrgIds) if (await queueWebhookEvent(tx, partnerOrgId, "asset.published", data)) queued++;
  return queued;
}
