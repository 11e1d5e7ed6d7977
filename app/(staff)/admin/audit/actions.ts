"use server";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { verifyChainNow } from "@/lib/audit/check-chain-now";

export const verifyChainAction = authorizedAction("audit:verify", z.object({}), async ({ user, requestId }) => {
  const report = await verifyChainNow(user, requestId);
  if (report.ok) {
    return { ok: true, message: `The audit chain is intact: ${report.events} events, head at sequence ${report.head?.sequence ?? 0}. The head was written to the log.` };
  }
  const { sequence, id, reason } = report.firstBreak;
  return { ok: false, error: `The audit chain is BROKEN at sequence ${sequence} (event ${id}): ${reason}.` };
});
