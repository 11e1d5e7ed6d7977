// For admins: every source with what erasing it would destroy, and the tombstones of those
// already erased (who, when, why, and whether backups made before can still open them).
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { keyProvider } from "@/lib/crypto/source-keys";
import { pageWindow, toPage } from "@/lib/pagination";

const PAGE_SIZE = 25;

export async function listErasureOverview(actor: Actor, page: number) {
  assertCan(actor, "sources:erase");
  const [sources, total] = await db().$transaction([
    db().source.findMany({
      orderBy: { seq: "asc" },
      ...pageWindow(page, PAGE_SIZE),
      select: { id: true, code: true, riskLevel: true, erasedAt: true, erasedById: true, erasureReason: true, erasedUnderKeyId: true, _count: { select: { testimonies: true, dictionary: true } } },
    }),
    db().source.count(),
  ]);
  const ids = sources.map((s) => s.id);
  const [quoting, erasers] = await Promise.all([
    db().contentQuote.groupBy({ by: ["sourceId"], where: { sourceId: { in: ids }, item: { state: { not: "RETIRED" } } }, _count: { itemId: true } }),
    db().user.findMany({ where: { id: { in: sources.flatMap((s) => (s.erasedById ? [s.erasedById] : [])) } }, select: { id: true, email: true } }),
  ]);
  const quotingBySource = new Map(quoting.map((q) => [q.sourceId, q._count.itemId]));
  const emailById = new Map(erasers.map((u) => [u.id, u.email]));
  const configured = new Set(keyProvider().keyIds);
  const rows = sources.map((s) => ({
    id: s.id,
    code: s.code,
    riskLevel: s.riskLevel,
    testimonies: s._count.testimonies,
    dictionaryEntries: s._count.dictionary,
    quotingItems: quotingBySource.get(s.id) ?? 0,
    erased: s.erasedAt ? { at: s.erasedAt, by: s.erasedById ? (emailById.get(s.erasedById) ?? "a removed account") : "unknown", reason: s.erasureReason ?? "", backupsCanOpen: s.erasedUnderKeyId !== null && configured.has(s.erasedUnderKeyId) } : null,
  }));
  return toPage(rows, total, page, PAGE_SIZE);
}
