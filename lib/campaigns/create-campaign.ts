import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { parseInput } from "@/lib/parse-input";
import { CreateCampaignInput } from "./schemas";
import { assertCampaignTextClean } from "./campaign-text-guard";

export async function createCampaign(actor: Actor, raw: CreateCampaignInput, requestId: string): Promise<{ id: string }> {
  assertCan(actor, "campaigns:edit");
  const input = parseInput(CreateCampaignInput, raw);
  await assertCampaignTextClean(db(), input);
  return db().$transaction(async (tx) => {
    const campaign = await tx.campaign.create({
      data: {
        name: input.name,
        objective: input.objective,
        audiences: input.audiences,
        regions: input.regions,
        languages: input.languages,
        channels: input.channels,
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        createdById: actor.id,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, { actor, action: "campaign.created", target: { type: "campaign", id: campaign.id }, requestId });
    return campaign;
  });
}
