// "What the world can learn about S-0002 from our publications": the facts of the
// source's PUBLISHED items, which items reveal each, the budget used and its limit,
// the history of the limit, and the items waiting in review or approved that would cross it.
import "server-only";
import { db } from "@/lib/db/client";
import { can, type Actor } from "@/lib/auth/policy";
import { NotAllowed } from "@/lib/errors";
import { findingsAbout, findQuasiIdentifiers } from "./find-quasi-identifiers";
import { budgetCheck, budgetLimit } from "./score-disclosure";
import { loadScannedItems } from "./scanned-items";
import { publishedLedgers } from "./source-ledgers";

/** Editors and reviewers see it on the source page; admins, who set budgets, on theirs. */
export function mayViewDisclosure(actor: Actor): boolean {
  return can(actor, "sources:view") || can(actor, "sources:set-budget");
}

export async function getSourceDisclosure(actor: Actor, sourceId: string) {
  if (!mayViewDisclosure(actor)) throw new NotAllowed();
  const source = await db().source.findUnique({ where: { id: sourceId }, select: { id: true, code: true, riskLevel: true, disclosureBudget: true, budgetVersion: true } });
  if (!source) return null;
  const [ledgers, waiting, changes] = await Promise.all([
    publishedLedgers(db(), [source.id]),
    loadScannedItems(db(), { state: { in: ["IN_REVIEW", "APPROVED"] }, quotes: { some: { sourceId: source.id } } }),
    db().disclosureBudgetChange.findMany({ where: { sourceId: source.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 50 }),
  ]);
  const ledger = ledgers.get(source.id)!;
  const { limit, isDefault } = budgetLimit(source.riskLevel, source.disclosureBudget);
  const admins = new Map((await db().user.findMany({ where: { id: { in: changes.map((c) => c.changedById) } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const wouldCross = waiting
    .map((item) => ({ id: item.id, title: item.title, state: item.state, check: budgetCheck(ledger.facts, findingsAbout(findQuasiIdentifiers(item.fields), source.id), limit) }))
    .filter((w) => w.check.crosses);
  return {
    source: { id: source.id, code: source.code, riskLevel: source.riskLevel },
    limit,
    isDefault,
    budgetVersion: source.budgetVersion,
    used: ledger.score,
    kinds: ledger.kinds,
    facts: ledger.facts,
    history: changes.map((c) => ({ id: c.id, at: c.createdAt, changedBy: admins.get(c.changedById) ?? "unknown", previous: c.previous, budget: c.budget, reason: c.reason })),
    wouldCross,
    /** Titles of items in review are internal: shown only to those who may read content. */
    showsTitles: can(actor, "content:view"),
  };
}

export type SourceDisclosureView = NonNullable<Awaited<ReturnType<typeof getSourceDisclosure>>>;
