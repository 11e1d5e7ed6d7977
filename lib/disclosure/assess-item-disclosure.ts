// The disclosure check of one item as it now stands: its quasi-identifiers, and for each
// source it quotes the item's score against that source's threshold and the source's
// budget before and with this item. Read by the item page, approval and publication.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { RiskLevel } from "@/lib/sources/vocabulary";
import { factHash } from "./fact-hash";
import { findingsAbout, findQuasiIdentifiers, type QuasiFinding } from "./find-quasi-identifiers";
import { budgetCheck, budgetLimit, itemRisk, type BudgetCheck, type ItemRisk } from "./score-disclosure";
import { loadScannedItems } from "./scanned-items";
import { publishedLedgers } from "./source-ledgers";

export type SourceDisclosure = {
  sourceId: string;
  sourceCode: string;
  riskLevel: RiskLevel;
  risk: ItemRisk;
  budget: BudgetCheck & { isDefault: boolean };
};

export type ItemFinding = QuasiFinding & { hash: string; needsAcknowledgement: boolean; acknowledged: boolean };

export type ItemDisclosure = {
  itemId: string;
  version: number;
  fields: { field: string; label: string; text: string }[];
  findings: ItemFinding[];
  sources: SourceDisclosure[];
  /** Sources at CRITICAL risk whose threshold the item exceeds: it cannot be approved. */
  refused: SourceDisclosure[];
  /** Findings to acknowledge (above some source's threshold) that `reviewerId` has not acknowledged for this version. */
  missingAcknowledgements: ItemFinding[];
  crossings: SourceDisclosure[];
};

export async function assessItemDisclosure(client: Db | Tx, itemId: string, reviewerId: string | null): Promise<ItemDisclosure | null> {
  const [item] = await loadScannedItems(client, { id: itemId });
  if (!item) return null;
  const findings = findQuasiIdentifiers(item.fields);
  const [sources, ledgers, acks] = await Promise.all([
    client.source.findMany({ where: { id: { in: item.sourceIds } }, orderBy: { code: "asc" }, select: { id: true, code: true, riskLevel: true, disclosureBudget: true } }),
    publishedLedgers(client, item.sourceIds, item.id),
    reviewerId ? client.disclosureAcknowledgement.findMany({ where: { itemId, itemVersion: item.version, reviewerId }, select: { factHash: true } }) : Promise.resolve([]),
  ]);
  const acknowledged = new Set(acks.map((a) => a.factHash));
  const toAcknowledge = new Set<string>();
  const assessed = sources.map((source): SourceDisclosure => {
    const about = findingsAbout(findings, source.id);
    const risk = itemRisk(about, source.riskLevel);
    if (risk.overThreshold) for (const f of about) toAcknowledge.add(f.key);
    const { limit, isDefault } = budgetLimit(source.riskLevel, source.disclosureBudget);
    return { sourceId: source.id, sourceCode: source.code, riskLevel: source.riskLevel, risk, budget: { ...budgetCheck(ledgers.get(source.id)?.facts ?? [], about, limit), isDefault } };
  });
  const itemFindings = findings.map((f) => {
    const hash = factHash(f.key);
    return { ...f, hash, needsAcknowledgement: toAcknowledge.has(f.key), acknowledged: acknowledged.has(hash) };
  });
  const refused = assessed.filter((s) => s.risk.refused);
  return {
    itemId: item.id,
    version: item.version,
    fields: item.fields.map(({ field, label, text }) => ({ field, label, text })),
    findings: itemFindings,
    sources: assessed,
    refused,
    missingAcknowledgements: refused.length > 0 ? [] : itemFindings.filter((f) => f.needsAcknowledgement && !f.acknowledged),
    crossings: assessed.filter((s) => s.budget.crosses),
  };
}

/** What the audit rows keep of a check: codes, kinds and numbers, never the text of a finding. */
export function disclosureSummary(d: ItemDisclosure) {
  return {
    findings: d.findings.map((f) => ({ kind: f.kind, precision: f.precision, weight: f.weight })),
    sources: d.sources.map((s) => ({ code: s.sourceCode, score: s.risk.score, threshold: s.risk.threshold, before: s.budget.before, with: s.budget.with, limit: s.budget.limit })),
  };
}
