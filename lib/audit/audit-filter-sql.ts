// The audit viewer's filter (audit-filter.ts) in SQL, for the planner's row estimate of a
// filtered list. It mirrors auditWhere clause by clause; list-queries-use-indexes.int.test.ts
// runs it for every filter field.
import { Prisma } from "@/lib/db/generated/client";
import type { AuditFilter } from "./audit-filter";

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, "\\$&");
const DAY_MS = 24 * 60 * 60 * 1000;

/** Null when nothing is filtered. `sourceId` is the id the filter's source code names, if any. */
export function auditCondition(filter: AuditFilter, sourceId: string | null): Prisma.Sql | null {
  const parts: Prisma.Sql[] = [];
  if (filter.actor) parts.push(Prisma.sql`"actorEmail" LIKE ${`%${likeEscaped(filter.actor.toLowerCase())}%`}`);
  if (filter.action) parts.push(Prisma.sql`"action" LIKE ${`${likeEscaped(filter.action)}%`}`);
  if (filter.source) {
    const id = sourceId ?? "(no such source)";
    parts.push(Prisma.sql`(("targetType" = 'source' AND "targetId" = ${id}) OR "details" -> 'sourceId' = to_jsonb(${id}::text))`);
  }
  if (filter.item) parts.push(Prisma.sql`(("targetType" = 'content' AND "targetId" = ${filter.item}) OR "details" -> 'itemId' = to_jsonb(${filter.item}::text))`);
  if (filter.from) parts.push(Prisma.sql`"at" >= ${new Date(`${filter.from}T00:00:00.000Z`)}`);
  if (filter.to) parts.push(Prisma.sql`"at" < ${new Date(Date.parse(`${filter.to}T00:00:00.000Z`) + DAY_MS)}`);
  return parts.length > 0 ? Prisma.join(parts, " AND ") : null;
}
