// For take-downs: items withdrawn, retired or suspended that partners were asked to take down
// (and items retired for withdrawn consent before take-downs were recorded), last changed
// first (for a retired or suspended item, that is when it was retired or suspended), each
// with who downloaded which version when, and which organisations have confirmed removal.
// Keyset-paged like the other lists, through the item's (updatedAt, id) index.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/db/generated/client";
import { keysetPage, readAhead } from "@/lib/lists/keyset";
import { keyOf, seekNewestFirst, type SortColumn } from "@/lib/lists/seek";
import type { TakedownReason } from "@/lib/takedowns/takedown-reasons";
import { CONSENT_WITHDRAWN_REASON } from "./retire-items-derived-from-source";

const PAGE_SIZE = 20;
const ORDER: SortColumn = { field: "updatedAt", kind: "timestamp", tieBreakById: true };

export async function listTakedowns(actor: Actor, cursor?: string) {
  assertCan(actor, "takedowns:view");
  // The two kinds are gathered through their own indexes first: an OR with an EXISTS would
  // make the database read every item (list-queries-use-indexes.int.test.ts).
  const [retired, takenDown] = await Promise.all([
    db().contentItem.findMany({ where: { state: "RETIRED", retiredReason: CONSENT_WITHDRAWN_REASON }, select: { id: true } }),
    db().takedown.groupBy({ by: ["itemId"] }),
  ]);
  const ids = [...new Set([...retired.map((r) => r.id), ...takenDown.map((t) => t.itemId)])];
  const seek = seekNewestFirst(cursor, ORDER);
  const found = await db().contentItem.findMany({
    where: { AND: [{ id: { in: ids } }, seek.where as Prisma.ContentItemWhereInput] },
    orderBy: seek.orderBy as Prisma.ContentItemOrderByWithRelationInput[],
    take: readAhead(PAGE_SIZE),
    select: {
      id: true,
      updatedAt: true,
      title: true,
      language: true,
      retiredAt: true,
      suspendedAt: true,
      // Capped per item: a takedown request needs the organisations, and 200 rows name them all in practice.
      downloads: { orderBy: { createdAt: "desc" }, take: 200, select: { id: true, itemVersion: true, format: true, createdAt: true, userId: true, partnerOrgId: true, reference: true, channel: true } },
      takedowns: {
        orderBy: [{ acknowledgedAt: { sort: "desc", nulls: "first" } }, { deadlineAt: "asc" }, { id: "asc" }],
        take: 200,
        select: { id: true, partnerOrgId: true, reason: true, createdAt: true, deadlineAt: true, acknowledgedAt: true, acknowledgedVia: true, acknowledgedById: true },
      },
    },
  });
  const page = keysetPage(found, PAGE_SIZE, seek.cursor, keyOf(ORDER));
  const items = page.items;
  const downloads = items.flatMap((i) => i.downloads);
  const takedowns = items.flatMap((i) => i.takedowns);
  const [orgs, users] = await Promise.all([
    db().partnerOrganization.findMany({ where: { id: { in: [...new Set([...downloads, ...takedowns].map((d) => d.partnerOrgId))] } }, select: { id: true, name: true } }),
    db().user.findMany({ where: { id: { in: [...new Set([...downloads.map((d) => d.userId), ...takedowns.map((t) => t.acknowledgedById)].flatMap((id) => (id ? [id] : [])))] } }, select: { id: true, email: true } }),
  ]);
  const orgName = new Map(orgs.map((o) => [o.id, o.name]));
  const email = new Map(users.map((u) => [u.id, u.email]));
  const now = new Date();
  const rows = items.map((item) => ({
    id: item.id,
    title: item.title,
    language: item.language,
    retiredAt: item.retiredAt,
    suspendedAt: item.suspendedAt,
    downloads: item.downloads.map((d) => ({
      id: d.id,
      partner: orgName.get(d.partnerOrgId) ?? "unknown organisation",
      userEmail: d.userId ? (email.get(d.userId) ?? null) : null,
      format: d.format,
      reference: d.reference,
      channel: d.channel,
      itemVersion: d.itemVersion,
      at: d.createdAt,
    })),
    takedowns: item.takedowns.map((t) => ({
      id: t.id,
      partner: orgName.get(t.partnerOrgId) ?? "unknown organisation",
      reason: t.reason as TakedownReason,
      createdAt: t.createdAt,
      deadlineAt: t.deadlineAt,
      acknowledgedAt: t.acknowledgedAt,
      acknowledgedVia: t.acknowledgedVia,
      acknowledgedBy: t.acknowledgedById ? (email.get(t.acknowledgedById) ?? null) : null,
      overdue: t.acknowledgedAt === null && t.deadlineAt < now,
    })),
  }));
  // The ids are all in hand, so the total is exact (no estimate, unlike the larger lists).
  return { ...page, items: rows, total: ids.length, cursorRejected: seek.rejected };
}
