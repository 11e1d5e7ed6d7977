import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { pageWindow, toPage } from "@/lib/pagination";
import { readinessOf } from "./readiness";

export async function listCampaigns(actor: Actor, page: number) {
  assertCan(actor, "campaigns:view");
  const [rows, total] = await db().$transaction([
    db().campaign.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      ...pageWindow(page),
      select: { id: true, name: true, startsOn: true, endsOn: true, languages: true, suspendedAt: true, _count: { select: { items: true, partners: true } } },
    }),
    db().campaign.count(),
  ]);
  const readiness = await readinessOf(db(), rows.map((r) => r.id));
  return toPage(rows.map((r) => ({ ...r, readiness: readiness.get(r.id)! })), total, page);
}

/** For search filters. */
export async function listCampaignChoices(actor: Actor) {
  assertCan(actor, "campaigns:view");
  return db().campaign.findMany({ orderBy: { name: "asc" }, take: 500, select: { id: true, name: true } });
}
