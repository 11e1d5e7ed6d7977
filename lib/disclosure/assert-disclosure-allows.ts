// Approval and publication refuse an item while the disclosure check objects: a CRITICAL
// source's threshold exceeded, findings above a threshold not acknowledged by this reviewer
// for this version, or a source's budget crossed. Messages name kinds, never the text found.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { DomainError } from "@/lib/errors";
import { m } from "@/lib/i18n/translate";
import { assessItemDisclosure, disclosureSummary, type ItemDisclosure } from "./assess-item-disclosure";
import { explainBudgetCrossing, explainItemRisk } from "./explain-disclosure";

export class DisclosureBlocked extends DomainError {}

/**
 * Two items of one source approved or published at the same moment would each see the
 * other unpublished; locking the sources' rows makes their checks take turns.
 */
async function lockSourcesOf(tx: Tx, itemId: string): Promise<void> {
  const quotes = await tx.contentQuote.findMany({ where: { itemId }, select: { sourceId: true }, distinct: ["sourceId"] });
  const ids = quotes.map((q) => q.sourceId).sort();
  if (ids.length === 0) return;
  await tx.$queryRaw`SELECT id FROM "Source" WHERE id IN (${Prisma.join(ids)}) ORDER BY id FOR UPDATE`;
}

type Step = "approved" | "published";

function refusedMessage(d: ItemDisclosure, step: Step): string {
  const why = d.refused.map((s) => explainItemRisk(s.sourceCode, s.risk, s.riskLevel)).join(" ");
  return m("disclosure.errors.refused", { step, why });
}

function crossingMessage(d: ItemDisclosure, step: Step): string {
  const why = d.crossings.map((s) => explainBudgetCrossing(s.sourceCode, s.budget)).join(" ");
  return m("disclosure.errors.crossing", { step, why });
}

export async function assertDisclosureAllowsApproval(tx: Tx, itemId: string, reviewerId: string) {
  await lockSourcesOf(tx, itemId);
  const d = await assessItemDisclosure(tx, itemId, reviewerId);
  if (!d) return null;
  if (d.refused.length > 0) throw new DisclosureBlocked(refusedMessage(d, "approved"));
  if (d.missingAcknowledgements.length > 0) {
    const over = d.sources.filter((s) => s.risk.overThreshold).map((s) => explainItemRisk(s.sourceCode, s.risk, s.riskLevel)).join(" ");
    throw new DisclosureBlocked(m("disclosure.errors.notAcknowledged", { over, missing: d.missingAcknowledgements.length }));
  }
  if (d.crossings.length > 0) throw new DisclosureBlocked(crossingMessage(d, "approved"));
  return { ...disclosureSummary(d), acknowledged: d.findings.filter((f) => f.needsAcknowledgement).length };
}

/** Other items may have been published since approval, or the source's risk raised. */
export async function assertDisclosureAllowsPublication(tx: Tx, itemId: string) {
  await lockSourcesOf(tx, itemId);
  const d = await assessItemDisclosure(tx, itemId, null);
  if (!d) return null;
  if (d.refused.length > 0) throw new DisclosureBlocked(refusedMessage(d, "published"));
  if (d.crossings.length > 0) throw new DisclosureBlocked(crossingMessage(d, "published"));
  return disclosureSummary(d);
}
