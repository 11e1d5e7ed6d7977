// For admins: every source's disclosure budget, how much of it the publications use,
// and how many items waiting in review or approved would cross it.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { pageWindow, toPage } from "@/lib/pagination";
import { findingsAbout, findQuasiIdentifiers } from "./find-quasi-identifiers";
import { budgetCheck, budgetLimit } from "./score-disclosure";
import { loadScannedItems } from "./scanned-items";
import { publishedLedgers } from "./source-ledgers";

const PAGE_SIZE = 25;

export async function listSourceBudgets(actor: Actor, page: number) {
  assertCan(actor, "sources:set-budget");
  const [sources, total] = await db().$transaction([
    db().source.findMany({ orderBy: { seq: "asc" }, ...pageWindow(page, PAGE_SIZE), select: { id: true, code: true, riskLevel: true, disclosureBudget: true } }),
    db().source.count(),
  ]);
  const ids = sources.map((s) => s.id);
  const [ledgers, waiting] = await Promise.all([
    publishedLedgers(db(), ids),
    ids.length === 0 ? Promise.resolve([]) : loadScannedItems(db(), { state: { in: ["IN_REVIEW", "APPROVED"] }, quotes: { some: { sourceId: { in: ids } } } }),
  ]);
  const waitingFindings = waiting.map((item) => ({ item, findings: findQuasiIdentifiers(item.fields) }));
  const rows = sources.map((s) => {
    const ledger = ledgers.get(s.id)!;
    const { limit, isDefault } = budgetLimit(s.riskLevel, s.disclosureBudget);
    const wouldCross = waitingFindings.filter(({ item, findings }) => item.sourceIds.includes(s.id) && budgetCheck(ledger.facts, findingsAbout(findings, s.id), limit).crosses).length;
    return { id: s.id, code: s.code, riskLevel: s.riskLevel, limit, isDefault, used: ledger.score, wouldCross };
  });
  return toPage(rows, total, page, PAGE_SIZE);
}
