// What a partner organisation must take down: items it downloaded that have since
// been withdrawn, with the references of its copies.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { NotAllowed } from "@/lib/errors";

const NOTICE_LIMIT = 50;

export async function listWithdrawalNotices(partner: Actor) {
  assertCan(partner, "portal:view");
  if (!partner.partnerOrgId) throw new NotAllowed();
  const items = await db().contentItem.findMany({
    where: { state: "RETIRED", downloads: { some: { partnerOrgId: partner.partnerOrgId } } },
    orderBy: [{ retiredAt: "desc" }, { id: "asc" }],
    take: NOTICE_LIMIT,
    select: {
      id: true,
      title: true,
      language: true,
      retiredAt: true,
      retiredReason: true,
      downloads: { where: { partnerOrgId: partner.partnerOrgId }, orderBy: { createdAt: "desc" }, take: 20, select: { reference: true, format: true, createdAt: true } },
    },
  });
  // The reason's free text stays on the server; partners learn only whether consent was withdrawn.
  return items.map(({ retiredReason, ...item }) => ({ ...item, consentWithdrawn: retiredReason === "consent withdrawn" }));
}
