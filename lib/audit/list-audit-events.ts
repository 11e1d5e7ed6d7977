import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { keysetPage, readAhead } from "@/lib/lists/keyset";
import { keyOf, seekNewestFirst, type SortColumn } from "@/lib/lists/seek";
import { estimatedTotal, filteredRowEstimate, tableRowEstimate } from "@/lib/lists/estimated-total";
import { auditWhere, type AuditFilter } from "./audit-filter";
import { auditCondition } from "./audit-filter-sql";

export const AUDIT_PAGE_SIZE = 50;

// sequence is unique and gap-free in append order: its unique index serves every page.
const ORDER: SortColumn = { field: "sequence", kind: "number", tieBreakById: false };

/** One keyset page of the audit trail, newest first, for the admin audit viewer. */
export async function listAuditEvents(actor: Actor, filter: AuditFilter, cursor?: string) {
  assertCan(actor, "audit:view");
  const where = await auditWhere(db(), filter);
  const seek = seekNewestFirst(cursor, ORDER);
  const [rows, total] = await Promise.all([
    db().auditEvent.findMany({
      where: { AND: [where, seek.where as Prisma.AuditEventWhereInput] },
      orderBy: seek.orderBy as Prisma.AuditEventOrderByWithRelationInput[],
      take: readAhead(AUDIT_PAGE_SIZE),
    }),
    estimatedTotal((limit) => db().auditEvent.count({ where, take: limit }), () => estimate(filter)),
  ]);
  return { ...keysetPage(rows, AUDIT_PAGE_SIZE, seek.cursor, keyOf(ORDER)), total, cursorRejected: seek.rejected };
}

async function estimate(filter: AuditFilter): Promise<number> {
  const source = filter.source ? await db().source.findUnique({ where: { code: filter.source }, select: { id: true } }) : null;
  const condition = auditCondition(filter, source?.id ?? null);
  return condition ? filteredRowEstimate(db(), "AuditEvent", condition) : tableRowEstimate(db(), "AuditEvent");
}
