// The content list with its filters, a page at a time (keyset on updatedAt, id), with a total
// that is exact when small and estimated when large.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { PAGE_SIZE } from "@/lib/pagination";
import { keysetPage, readAhead } from "@/lib/lists/keyset";
import { keyOf, seekNewestFirst, type SortColumn } from "@/lib/lists/seek";
import { estimatedTotal, filteredRowEstimate, tableRowEstimate } from "@/lib/lists/estimated-total";
import { visibleItemsWhere } from "./item-access";
import type { ContentFilters } from "./schemas";

const ORDER: SortColumn = { field: "updatedAt", kind: "timestamp", tieBreakById: true };
const SELECT = { id: true, title: true, type: true, state: true, language: true, version: true, updatedAt: true } as const;

export function contentListWhere(visible: { id?: { in: string[] } }, filters: ContentFilters): Prisma.ContentItemWhereInput {
  return { ...visible, state: filters.state, type: filters.type, language: filters.language, ...(filters.suspended ? { suspendedAt: { not: null } } : {}) };
}

/** The same filter in SQL, for the planner's row estimate. */
function contentListCondition(visible: { id?: { in: string[] } }, filters: ContentFilters): Prisma.Sql | null {
  const parts: Prisma.Sql[] = [];
  if (visible.id) parts.push(Prisma.sql`"id" = ANY(${visible.id.in})`);
  if (filters.state) parts.push(Prisma.sql`"state" = ${filters.state}::"ContentState"`);
  if (filters.type) parts.push(Prisma.sql`"type" = ${filters.type}::"ContentType"`);
  if (filters.language) parts.push(Prisma.sql`"language" = ${filters.language}`);
  if (filters.suspended) parts.push(Prisma.sql`"suspendedAt" IS NOT NULL`);
  return parts.length > 0 ? Prisma.join(parts, " AND ") : null;
}

/** `cursor` is the raw query parameter; an invalid one gives the first page and `cursorRejected`. */
export async function listItems(actor: Actor, filters: ContentFilters, cursor?: string) {
  assertCan(actor, "content:view");
  const visible = await visibleItemsWhere(db(), actor);
  const where = contentListWhere(visible, filters);
  const seek = seekNewestFirst(cursor, ORDER);
  const condition = contentListCondition(visible, filters);
  const [rows, total] = await Promise.all([
    db().contentItem.findMany({ where: { AND: [where, seek.where as Prisma.ContentItemWhereInput] }, orderBy: seek.orderBy as Prisma.ContentItemOrderByWithRelationInput[], take: readAhead(PAGE_SIZE), select: SELECT }),
    estimatedTotal(
      (limit) => db().contentItem.count({ where, take: limit }),
      () => (condition ? filteredRowEstimate(db(), "ContentItem", condition) : tableRowEstimate(db(), "ContentItem")),
    ),
  ]);
  return { ...keysetPage(rows, PAGE_SIZE, seek.cursor, keyOf(ORDER)), total, cursorRejected: seek.rejected };
}

export async function listThemes(actor: Actor) {
  assertCan(actor, "content:view");
  return db().theme.findMany({ where: { archived: false }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
