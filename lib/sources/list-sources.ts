import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { PAGE_SIZE } from "@/lib/pagination";
import { keysetPage, readAhead } from "@/lib/lists/keyset";
import { keyOf, seekNewestFirst, type SortColumn } from "@/lib/lists/seek";
import { estimatedTotal, tableRowEstimate } from "@/lib/lists/estimated-total";
import { consentStatus } from "./consent-status";

// seq is unique, so it alone orders the list; its unique index serves every page.
const ORDER: SortColumn = { field: "seq", kind: "number", tieBreakById: false };

/** The sources list: code names and public fields only, newest first, a keyset page at a time. */
export async function listSources(actor: Actor, cursor?: string) {
  assertCan(actor, "sources:view");
  const seek = seekNewestFirst(cursor, ORDER);
  const [rows, total] = await Promise.all([
    db().source.findMany({
      where: seek.where as Prisma.SourceWhereInput,
      orderBy: seek.orderBy as Prisma.SourceOrderByWithRelationInput[],
      take: readAhead(PAGE_SIZE),
      select: {
        id: true,
        seq: true,
        code: true,
        pseudonym: true,
        riskLevel: true,
        handlingEditor: { select: { name: true } },
        consent: { select: { expiresAt: true, withdrawnAt: true } },
        _count: { select: { testimonies: true } },
      },
    }),
    estimatedTotal(
      (limit) => db().source.count({ take: limit }),
      () => tableRowEstimate(db(), "Source"),
    ),
  ]);
  const page = keysetPage(rows, PAGE_SIZE, seek.cursor, keyOf(ORDER));
  const items = page.items.map((s) => ({
    id: s.id,
    code: s.code,
    pseudonym: s.pseudonym,
    riskLevel: s.riskLevel,
    handlingEditorName: s.handlingEditor.name,
    testimonyCount: s._count.testimonies,
    consentStatus: consentStatus(s.consent),
  }));
  return { ...page, items, total, cursorRejected: seek.rejected };
}
