// What a partner organisation must take down: items it downloaded that have since been
// withdrawn or suspended, with the references of its copies. Each title passes the leak
// guard first: an item is often withdrawn because it exposed someone, so a suspended item's
// title, or a title that now matches a source's identifier, is replaced by the reference
// of the organisation's copy. Each carries its take-down, to confirm removal from the portal.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { NotAllowed } from "@/lib/errors";
import { findLeaks } from "@/lib/content/leak-guard";
import { CONSENT_WITHDRAWN_REASON, SOURCE_ERASED_REASON } from "@/lib/content/retire-items-derived-from-source";

const NOTICE_LIMIT = 50;

export const withheldTitle = (reference: string) => `An item you downloaded (ref ${reference})`;

export async function listWithdrawalNotices(partner: Actor) {
  assertCan(partner, "portal:view");
  if (!partner.partnerOrgId) throw new NotAllowed();
  const items = await db().contentItem.findMany({
    // an open take-down stays listed until confirmed, even for an item released since
    where: {
      OR: [{ state: "RETIRED" }, { suspendedAt: { not: null } }, { takedowns: { some: { partnerOrgId: partner.partnerOrgId, acknowledgedAt: null } } }],
      downloads: { some: { partnerOrgId: partner.partnerOrgId } },
    },
    orderBy: [{ retiredAt: "desc" }, { suspendedAt: "desc" }, { id: "asc" }],
    take: NOTICE_LIMIT,
    select: {
      id: true,
      title: true,
      language: true,
      retiredAt: true,
      retiredReason: true,
      suspendedAt: true,
      downloads: { where: { partnerOrgId: partner.partnerOrgId }, orderBy: { createdAt: "desc" }, take: 20, select: { reference: true, format: true, createdAt: true } },
      // the open take-down first, else the latest confirmed one
      takedowns: { where: { partnerOrgId: partner.partnerOrgId }, orderBy: [{ acknowledgedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }], take: 1, select: { id: true, reason: true, deadlineAt: true, acknowledgedAt: true } },
    },
  });
  const hits = await findLeaks(db(), items.map((item) => ({ field: item.id, label: "Title", text: item.title })));
  const matching = new Set(hits.map((hit) => hit.field));
  // The reason's free text stays on the server; partners learn only whether consent was withdrawn.
  const now = new Date();
  return items.map(({ retiredReason, suspendedAt, title, takedowns, ...item }) => {
    // an erased source's identifiers are no longer known to the guard: its items' titles are never repeated
    const suspended = suspendedAt !== null || takedowns[0]?.reason === "SUSPENDED";
    const titleWithheld = suspended || matching.has(item.id) || retiredReason === SOURCE_ERASED_REASON;
    const underReview = suspended && item.retiredAt === null;
    const takedown = takedowns[0] ? { id: takedowns[0].id, deadlineAt: takedowns[0].deadlineAt, acknowledgedAt: takedowns[0].acknowledgedAt, overdue: takedowns[0].acknowledgedAt === null && takedowns[0].deadlineAt < now } : null;
    return { ...item, title: titleWithheld ? withheldTitle(item.downloads[0]!.reference) : title, titleWithheld, underReview, consentWithdrawn: retiredReason === CONSENT_WITHDRAWN_REASON, takedown };
  });
}
