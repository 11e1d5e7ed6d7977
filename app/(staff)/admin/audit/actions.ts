"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { m } from "@/lib/i18n/translate";
import { verifyChainNow } from "@/lib/audit/check-chain-now";
import { AuditFilter, hasFilter } from "@/lib/audit/audit-filter";
import { saveQuery } from "@/lib/query-handles/query-handle";

export const verifyChainAction = authorizedAction("audit:verify", z.object({}), async ({ user, requestId }) => {
  const report = await verifyChainNow(user, requestId);
  if (report.ok) return { ok: true, message: m("audit.chain.intact", { events: report.events, sequence: String(report.head?.sequence ?? 0) }) };
  const { sequence, id, reason } = report.firstBreak;
  // The reason is the verifier's own (English) diagnosis, also printed by npm run audit:verify.
  return { ok: false, error: m("audit.chain.broken", { sequence, id, reason }) };
});

/** The filter stays on the server (a query handle): "who" is free text, and no typed text goes into a URL. */
export const filterAuditAction = authorizedAction("audit:view", AuditFilter, async ({ user }, filter) => {
  if (!hasFilter(filter)) redirect("/admin/audit");
  const handle = await saveQuery(user.id, "audit", filter);
  redirect(`/admin/audit?h=${handle}`);
});
