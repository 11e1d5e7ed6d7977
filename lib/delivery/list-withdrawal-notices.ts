// What a partner organisation must take down: items it downloaded that have since been
// withdrawn or suspended, with the references of its copies. A suspended item may carry
// an identifier in its very title, so its notice names it by nothing but the references.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { NotAllowed } from "@/lib/errors";
import { titleIfClean } from "./verify-delivery";

const NOTICE_LIMIT = 50;

export async function listWithdrawalNotices(partner: Actor) {
  assertCan(partner, "portal:view");
  if (!partner.partnerOrgId) throw new NotAllowed();
  const items = await db().contentItem.findMany({
    where: { OR: [{ state: "RETIRED" }, { suspendedAt: { not: null } }], downloads: { some: { partnerOrgId: partner.partnerOrgId } } },
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
    },
  });
  // The reason's free text stays on the server; partners learn only whether consent was withdrawn.
  // a title is shown only if nothing in it matches now (a name may have been learned since)
  return Promise.all(
    items.map(async ({ retiredReason, suspendedAt, title, ...item }) => {
      const underReview = suspendedAt !== null && item.retiredAt === null;
      return { ...item, title: suspendedAt !== null ? null : await titleIfClean(title), underReview, consentWithdrawn: retiredReason === "consent withdrawn" };
    }),
  );
}
