// A campaign's content items, in order: add (existing items only), remove, move up or down.
import { m } from "@/lib/i18n/translate";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { Conflict, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { CampaignItemInput, MoveCampaignItemInput } from "./schemas";
import { lockCampaign } from "./campaign-records";
import { organisationsNewlyReaching, queuePublishedToEach } from "@/lib/notices/webhooks/asset-events";
import { kickNotices } from "@/lib/notices/kick-notices";

export async function addCampaignItem(actor: Actor, raw: CampaignItemInput, requestId: string) {
  assertCan(actor, "campaigns:edit");
  const input = parseInput(CampaignItemInput, raw);
  await db().$transaction(async (tx) => {
    const campaign = await lockCampaign(tx, input.campaignId);
    const item = await tx.contentItem.findUnique({ where: { id: input.itemId }, select: { id: true } });
    if (!item) throw new NotFound(m("campaigns.errors.noSuchItem"));
    const existing = await tx.campaignItem.findUnique({ where: { campaignId_itemId: { campaignId: campaign.id, itemId: item.id } } });
    if (existing) throw new Conflict(m("campaigns.errors.itemAlreadyIn"));
    const last = await tx.campaignItem.aggregate({ where: { campaignId: campaign.id }, _max: { position: true } });
    const newlyReaching = await organisationsNewlyReaching(tx, campaign.id, item.id);
    await tx.campaignItem.create({ data: { campaignId: campaign.id, itemId: item.id, position: (last._max.position ?? -1) + 1 } });
    await queuePublishedToEach(tx, newlyReaching, item.id);
    await recordAuditEvent(tx, { actor, action: "campaign.item-added", target: { type: "campaign", id: campaign.id }, requestId, details: { itemId: item.id } });
  });
  kickNotices();
}

export async function removeCampaignItem(actor: Actor, raw: CampaignItemInput, requestId: string) {
  assertCan(actor, "campaigns:edit");
  const input = parseInput(CampaignItemInput, raw);
  await db().$transaction(async (tx) => {
    const campaign = await lockCampaign(tx, input.campaignId);
    const removed = await tx.campaignItem.deleteMany({ where: { campaignId: campaign.id, itemId: input.itemId } });
    if (removed.count === 0) throw new NotFound(m("campaigns.errors.itemNotIn"));
    await recordAuditEvent(tx, { actor, action: "campaign.item-removed", target: { type: "campaign", id: campaign.id }, requestId, details: { itemId: input.itemId } });
  });
}

/** Swaps the item with its neighbour; positions are renumbered 0…n-1 so gaps never accumulate. */
export async function moveCampaignItem(actor: Actor, raw: MoveCampaignItemInput, requestId: string) {
  assertCan(actor, "campaigns:edit");
  const input = parseInput(MoveCampaignItemInput, raw);
  await db().$transaction(async (tx) => {
    const campaign = await lockCampaign(tx, input.campaignId);
    const rows = await tx.campaignItem.findMany({ where: { campaignId: campaign.id }, orderBy: [{ position: "asc" }, { addedAt: "asc" }], select: { itemId: true } });
    const order = rows.map((r) => r.itemId);
    const from = order.indexOf(input.itemId);
    if (from < 0) throw new NotFound(m("campaigns.errors.itemNotIn"));
    const to = input.direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) return;
    [order[from], order[to]] = [order[to]!, order[from]!];
    for (const [position, itemId] of order.entries()) {
      await tx.campaignItem.update({ where: { campaignId_itemId: { campaignId: campaign.id, itemId } }, data: { position } });
    }
    await recordAuditEvent(tx, { actor, action: "campaign.updated", target: { type: "campaign", id: campaign.id }, requestId, details: { reordered: input.itemId } });
  });
}
