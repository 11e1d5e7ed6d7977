// The admin's "verify now" and "export head": the same check as `npm run audit:verify`,
// run inside the server (in the embedded demo the server owns the database), and the
// head written to the log and handed over as a small file. Both are audited.
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { exportChainHead, logChainHead, type ExportedChainHead } from "./chain-head";
import { recordAuditEvent } from "./record-event";
import { verifyAuditChain, type ChainReport } from "./verify-chain";

export async function verifyChainNow(actor: Actor, requestId: string): Promise<ChainReport> {
  assertCan(actor, "audit:verify");
  const report = await verifyAuditChain(db());
  await logChainHead(db(), "on-demand");
  await recordAuditEvent(db(), {
    actor,
    action: "audit.chain-verified",
    requestId,
    details: report.ok ? { ok: true, events: report.events } : { ok: false, events: report.events, brokenAtSequence: report.firstBreak.sequence },
  });
  return report;
}

/** The head as it is now, for a copy kept outside the database; null while the chain is empty. */
export async function exportChainHeadFor(actor: Actor, requestId: string, now = new Date()): Promise<ExportedChainHead | null> {
  assertCan(actor, "audit:export");
  const head = await logChainHead(db(), "on-demand");
  if (!head) return null;
  await recordAuditEvent(db(), { actor, action: "audit.head-exported", requestId, details: { sequence: head.sequence } });
  return exportChainHead(head, now);
}
