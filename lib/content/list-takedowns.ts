// For takedown requests: items retired because a source withdrew consent, newest
// first, each with who downloaded which version of it and when.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { pageWindow, toPage } from "@/lib/pagination";
import { CONSENT_WITHDRAWN_REASON } from "./retire-items-derived-from-source";

const PAGE_SIZE = 20;

export async function listTakedowns(actor: Actor, page: number) {
  assertCan(actor, "takedowns:view");
  const where = { state: "RETIRED" as const, retiredReason: CONSENT_WITHDRAWN_REASON };
  const [items, total] = await db().$transaction([
    db().contentItem.findMany({
      where,
      orderBy: [{ retiredAt: "desc" }, { id: "desc" }],
      ...pageWindow(page, PAGE_SIZE),
      select: {
        id: true,
        title: true,
        language: true,
        retiredAt: true,
        // Capped per item: a takedown request needs the organisations, and 200 rows name them all in practice.
        downloads: { orderBy: { createdAt: "desc" }, take: 200, select: { id: true, itemVersion: true, format: true, createdAt: true, userId: true, partnerOrgId: true, reference: true, channel: true } },
      },
    }),
    db().contentItem.count({ where }),
  ]);
  const downloads = items.flatMap((i) => i.downloads);
  const [orgs, users] = await Promise.all([
    db().partnerOrganization.findMany({ where: { id: { in: [...new Set(downloads.map((d) => d.partnerOrgId))] } }, select: { id: true, name: true } }),
    db().user.findMany({ where: { id: { in: [...new Set(downloads.flatMap((d) => (d.userId ? [d.userId] : [])))] } }, select: { id: true, email: true } }),
  ]);
  const orgName = new Map(orgs.map((o) => [o.id, o.name]));
  const email = new Map(users.map((u) => [u.id, u.email]));
  const rows = items.map((item) => ({
    id: item.id,
    title: item.title,
    language: item.language,
    retiredAt: item.retiredAt,
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
  }));
  return toPage(rows, total, page, PAGE_SIZE);
}
