import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { pageWindow, toPage } from "@/lib/pagination";
import { consentStatus } from "./consent-status";

/** The sources list: code names and public fields only, newest first. */
export async function listSources(actor: Actor, page: number) {
  assertCan(actor, "sources:view");
  const [rows, total] = await db().$transaction([
    db().source.findMany({
      orderBy: { seq: "desc" },
      ...pageWindow(page),
      select: {
        id: true,
        code: true,
        pseudonym: true,
        riskLevel: true,
        handlingEditor: { select: { name: true } },
        consent: { select: { expiresAt: true, withdrawnAt: true } },
        _count: { select: { testimonies: true } },
      },
    }),
    db().source.count(),
  ]);
  const items = rows.map((s) => ({
    id: s.id,
    code: s.code,
    pseudonym: s.pseudonym,
    riskLevel: s.riskLevel,
    handlingEditorName: s.handlingEditor.name,
    testimonyCount: s._count.testimonies,
    consentStatus: consentStatus(s.consent),
  }));
  return toPage(items, total, page);
}
