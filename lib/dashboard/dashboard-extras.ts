// Dashboard panels owned by campaigns/content overview: recently published items
// and consents expiring within 30 days. Returns only what those panels show.
import { db } from "@/lib/db/client";
import { can, type Actor } from "@/lib/auth/policy";

const DAY_MS = 24 * 60 * 60 * 1000;

export async function dashboardExtras(actor: Actor, now = new Date()) {
  const [recentlyPublished, expiringConsents] = await Promise.all([
    can(actor, "content:view")
      ? db().contentItem.findMany({
          where: { state: "PUBLISHED", publishedAt: { not: null } },
          orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
          take: 10,
          select: { id: true, title: true, language: true, publishedAt: true },
        })
      : [],
    can(actor, "sources:view")
      ? db().consent.findMany({
          where: { withdrawnAt: null, expiresAt: { gt: now, lte: new Date(now.getTime() + 30 * DAY_MS) } },
          orderBy: [{ expiresAt: "asc" }, { id: "asc" }],
          take: 20,
          select: { expiresAt: true, source: { select: { id: true, code: true } } },
        })
      : [],
  ]);
  return {
    recentlyPublished,
    expiringConsents: expiringConsents.map((c) => ({ sourceId: c.source.id, sourceCode: c.source.code, expiresAt: c.expiresAt! })),
  };
}
