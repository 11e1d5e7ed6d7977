// Dashboard panel: take-downs past their deadline that the organisation has not confirmed,
// grouped by organisation, so editors can chase the laggards.
import "server-only";
import { db } from "@/lib/db/client";
import { can, type Actor } from "@/lib/auth/policy";

/** Take-downs read for the panel; the total shows "200+" beyond (boundedLabel). */
export const OVERDUE_LIMIT = 200;

/** Null when the actor does not follow take-downs (so the panel is not shown at all). */
export async function listOverdueTakedowns(actor: Actor, now = new Date()) {
  if (!can(actor, "takedowns:view")) return null;
  const rows = await db().takedown.findMany({
    where: { acknowledgedAt: null, deadlineAt: { lt: now } },
    orderBy: [{ deadlineAt: "asc" }, { id: "asc" }],
    take: OVERDUE_LIMIT + 1,
    select: { id: true, itemId: true, deadlineAt: true, partnerOrg: { select: { id: true, name: true } } },
  });
  const byOrg = new Map<string, { organisation: string; takedowns: { id: string; itemId: string; deadlineAt: Date }[] }>();
  for (const row of rows.slice(0, OVERDUE_LIMIT)) {
    const group = byOrg.get(row.partnerOrg.id) ?? { organisation: row.partnerOrg.name, takedowns: [] };
    group.takedowns.push({ id: row.id, itemId: row.itemId, deadlineAt: row.deadlineAt });
    byOrg.set(row.partnerOrg.id, group);
  }
  return { organisations: [...byOrg.values()].sort((a, b) => b.takedowns.length - a.takedowns.length || a.organisation.localeCompare(b.organisation)), total: rows.length };
}
