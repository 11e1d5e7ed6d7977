// Dashboard panel: campaigns the leak guard suspended at delivery, so that staff learn of it
// without waiting for a partner to ask where a campaign went.
import "server-only";
import { db } from "@/lib/db/client";
import { can, type Actor } from "@/lib/auth/policy";
import { DASHBOARD_COUNT_CAP } from "./content-work";

export const DASHBOARD_SUSPENDED_LIMIT = 10;

/** Null when the actor does not work on campaigns (so the panel is not shown at all). */
export async function listSuspendedCampaigns(actor: Actor, limit = DASHBOARD_SUSPENDED_LIMIT) {
  if (!can(actor, "campaigns:view")) return null;
  const where = { suspendedAt: { not: null } };
  const [items, total] = await Promise.all([
    db().campaign.findMany({ where, orderBy: [{ suspendedAt: "desc" }, { id: "asc" }], take: limit, select: { id: true, name: true, suspendedAt: true } }),
    db().campaign.count({ where, take: DASHBOARD_COUNT_CAP + 1 }),
  ]);
  return { items: items.map((c) => ({ id: c.id, name: c.name, suspendedAt: c.suspendedAt! })), total };
}
