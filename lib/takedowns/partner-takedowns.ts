// An organisation's own take-downs, as its partner users and API tokens see them: ids,
// references of its copies, reason and dates. Never another organisation's, never a title.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { Takedown } from "@/lib/partner-api/schemas";
import type { TakedownReason } from "./takedown-reasons";

export const TAKEDOWN_SELECT = { id: true, itemId: true, partnerOrgId: true, reason: true, createdAt: true, deadlineAt: true, acknowledgedAt: true } as const;

type TakedownRow = { id: string; itemId: string; partnerOrgId: string; reason: string; createdAt: Date; deadlineAt: Date; acknowledgedAt: Date | null };

/** Open first, earliest deadline first; then confirmed ones, latest confirmation first. */
export const OPEN_FIRST = [{ acknowledgedAt: { sort: "desc" as const, nulls: "first" as const } }, { deadlineAt: "asc" as const }, { id: "asc" as const }];

export async function describeTakedowns(client: Db | Tx, rows: TakedownRow[], now = new Date()): Promise<Takedown[]> {
  if (rows.length === 0) return [];
  const downloads = await client.download.findMany({
    where: { OR: rows.map((r) => ({ itemId: r.itemId, partnerOrgId: r.partnerOrgId })) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { itemId: true, partnerOrgId: true, reference: true },
  });
  return rows.map((row) => ({
    id: row.id,
    itemId: row.itemId,
    references: downloads.filter((d) => d.itemId === row.itemId && d.partnerOrgId === row.partnerOrgId).map((d) => d.reference),
    reason: row.reason as TakedownReason,
    createdAt: row.createdAt.toISOString(),
    deadlineAt: row.deadlineAt.toISOString(),
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    overdue: row.acknowledgedAt === null && row.deadlineAt < now,
  }));
}
