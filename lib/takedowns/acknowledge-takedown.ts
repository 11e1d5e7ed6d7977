// A partner confirms its organisation removed every copy of a taken-down item: from the
// portal (a partner user) or the API (a token). Only the organisation's own take-downs; an
// unknown id and another organisation's look alike. Confirming twice changes nothing.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { NotAllowed, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import type { PartnerCaller } from "@/lib/partner-api/authenticate-partner-token";
import type { Takedown } from "@/lib/partner-api/schemas";
import { z } from "zod";
import { describeTakedowns, TAKEDOWN_SELECT } from "./partner-takedowns";

export const NO_SUCH_TAKEDOWN = "No such take-down.";

export const AcknowledgeTakedownInput = z.object({ takedownId: z.string().trim().min(1, "portal.withdrawn.chooseTakedown").max(64) });

type Acknowledger = { partnerOrgId: string; userId: string | null; userEmail: string | null; apiTokenId: string | null; via: "PORTAL" | "API" };

async function acknowledge(by: Acknowledger, takedownId: string, requestId: string): Promise<Takedown> {
  return db().$transaction(async (tx) => {
    const scope = { id: takedownId, partnerOrgId: by.partnerOrgId };
    const takedown = await tx.takedown.findFirst({ where: scope, select: TAKEDOWN_SELECT });
    if (!takedown) throw new NotFound(NO_SUCH_TAKEDOWN);
    if (takedown.acknowledgedAt === null) {
      const now = new Date();
      const updated = await tx.takedown.updateMany({ where: { ...scope, acknowledgedAt: null }, data: { acknowledgedAt: now, acknowledgedById: by.userId, acknowledgedVia: by.via } });
      if (updated.count === 1) {
        takedown.acknowledgedAt = now;
        await recordAuditEvent(tx, {
          actor: by.userId ? { id: by.userId, email: by.userEmail ?? "" } : null,
          action: "takedown.acknowledged",
          target: { type: "takedown", id: takedown.id },
          requestId,
          details: { itemId: takedown.itemId, partnerOrgId: by.partnerOrgId, via: by.via, apiTokenId: by.apiTokenId, overdue: takedown.deadlineAt < now },
        });
      }
    }
    const [described] = await describeTakedowns(tx, [takedown]);
    return described!;
  });
}

export async function acknowledgeTakedownInPortal(partner: Actor, raw: z.input<typeof AcknowledgeTakedownInput>, requestId: string): Promise<Takedown> {
  assertCan(partner, "takedowns:acknowledge");
  if (!partner.partnerOrgId) throw new NotAllowed();
  const input = parseInput(AcknowledgeTakedownInput, raw);
  return acknowledge({ partnerOrgId: partner.partnerOrgId, userId: partner.id, userEmail: partner.email, apiTokenId: null, via: "PORTAL" }, input.takedownId, requestId);
}

export async function acknowledgeTakedownByApi(caller: PartnerCaller, takedownId: string): Promise<Takedown> {
  return acknowledge({ partnerOrgId: caller.partnerOrgId, userId: null, userEmail: null, apiTokenId: caller.tokenId, via: "API" }, takedownId, caller.requestId);
}
