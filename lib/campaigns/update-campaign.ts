import { m } from "@/lib/i18n/translate";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { Conflict } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { UpdateCampaignInput } from "./schemas";
import { lockCampaign } from "./campaign-records";
import { assertCampaignTextClean } from "./campaign-text-guard";
import { liftSuspension } from "./campaign-suspension";

/**
 * `version` is the one the editor read: saving over someone else's save is refused. A name or
 * objective that may identify a source is refused; a clean one lifts a suspension.
 */
export async function updateCampaign(actor: Actor, raw: UpdateCampaignInput, requestId: string): Promise<{ version: number }> {
  assertCan(actor, "campaigns:edit");
  const input = parseInput(UpdateCampaignInput, raw);
  await assertCampaignTextClean(db(), input);
  return db().$transaction(async (tx) => {
    const campaign = await lockCampaign(tx, input.campaignId);
    if (campaign.version !== input.version) throw new Conflict(m("campaigns.errors.changed"));
    const updated = await tx.campaign.updateMany({
      where: { id: campaign.id, version: input.version },
      data: {
        name: input.name,
        objective: input.objective,
        audiences: input.audiences,
        regions: input.regions,
        languages: input.languages,
        channels: input.channels,
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new Conflict(m("campaigns.errors.changed"));
    await recordAuditEvent(tx, {
      actor,
      action: "campaign.updated",
      target: { type: "campaign", id: campaign.id },
      requestId,
      details: { version: input.version + 1 },
    });
    await liftSuspension(tx, campaign.id, actor, requestId);
    return { version: input.version + 1 };
  });
}
