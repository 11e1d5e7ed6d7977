// The one place that decides what a partner organisation may take: an item in a
// campaign shared with it. Anything else is "not found" — an unshared item and an
// unknown id look the same. A shared item that may not leave (retired, consent
// withdrawn, expired or not covering it — the same rule as publication —, organisation
// deactivated) comes back with the reason.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { checkItemConsent, type ConsentProblem } from "@/lib/content/consent-check";
import { markdownLimitProblem } from "@/lib/content/markdown-limits";
import { campaignsSharedWith, sharedWith } from "./partner-items";
import { unreadPicturesRefusal } from "@/lib/content/attachments/unread-pictures";

export const SUSPENDED_MESSAGE = "This item is not available at the moment. Please stop using it and take down any copies you have published until we contact you.";

/** A body stored before the size and nesting limits, past them: it is not parsed, so it cannot be rendered. */
export const BODY_PAST_LIMITS_MESSAGE = "This item is not available at the moment: its text cannot be prepared for download. The team that shared it has been told.";

export const ORGANISATION_DEACTIVATED_MESSAGE = "Your organisation's access has been deactivated. Contact the team that shared this material with you.";

export async function loadDeliverable(client: Db | Tx, partnerOrgId: string, itemId: string) {
  // One after the other: inside a transaction both would share one connection.
  const organisation = await client.partnerOrganization.findUnique({ where: { id: partnerOrgId }, select: { id: true, name: true, active: true, defaultLocale: true } });
  const item = await client.contentItem.findFirst({
      where: { id: itemId, state: { in: ["PUBLISHED", "RETIRED"] }, ...sharedWith(partnerOrgId) },
      select: {
        id: true,
        type: true,
        state: true,
        language: true,
        title: true,
        body: true,
        version: true,
        publishedAt: true,
        retiredAt: true,
        retiredReason: true,
        suspendedAt: true,
        updatedAt: true,
        attachments: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, mimeType: true, altText: true, caption: true, imageText: true, width: true, height: true } },
        campaigns: { where: { campaign: campaignsSharedWith(partnerOrgId) }, orderBy: { campaignId: "asc" }, select: { campaignId: true, campaign: { select: { name: true } } } },
      },
    });
  if (!organisation || !item) return null;
  const refusal = await refusalReason(client, organisation, item);
  return { organisation, item, refusal };
}

export type Deliverable = NonNullable<Awaited<ReturnType<typeof loadDeliverable>>>;

async function refusalReason(client: Db | Tx, organisation: { active: boolean }, item: { id: string; state: string; body: string; retiredAt: Date | null; retiredReason: string | null; suspendedAt: Date | null; attachments: { imageText: string | null }[] }): Promise<string | null> {
  if (!organisation.active) return ORGANISATION_DEACTIVATED_MESSAGE;
  // neutral on purpose: a partner learns nothing about why (see lib/content/suspension.ts)
  if (item.suspendedAt && item.state !== "RETIRED") return SUSPENDED_MESSAGE;
  if (item.state === "RETIRED") {
    const when = item.retiredAt ? ` on ${item.retiredAt.toISOString().slice(0, 10)}` : "";
    return item.retiredReason === "consent withdrawn"
      ? `This item was withdrawn${when}: the person whose words it uses has withdrawn consent. Stop using it and take down any copies you have published.`
      : `This item was retired${when} and may no longer be used. Take down any copies you have published.`;
  }
  if (markdownLimitProblem(item.body)) return BODY_PAST_LIMITS_MESSAGE;
  // the consent's reason first: it is the one the partner can do something about
  return consentRefusal(await checkItemConsent(client, item.id)) ?? unreadPicturesRefusal(item);
}

export const PARTNER_CONSENT_MESSAGE = "This item is not available at the moment: the consent it relies on does not cover sharing with partner organisations.";

/** What a partner is told of a consent problem: why, never whose consent or what it says. */
export function consentRefusal(problems: ConsentProblem[]): string | null {
  if (problems.length === 0) return null;
  if (problems.some((p) => p.rule === "withdrawn")) return "This item is no longer available: the person whose words it uses has withdrawn consent. Take down any copies you have published.";
  if (problems.some((p) => p.rule === "expired" || p.rule === "missing")) return "This item is not available at the moment: the consent it relies on has expired.";
  if (problems.some((p) => p.rule === "partner")) return PARTNER_CONSENT_MESSAGE;
  return "This item is not available at the moment: the consent it relies on no longer covers this use.";
}
