// Who is calling the partner API: the bearer token names an organisation, or the answer is
// a response to send instead — 401 for a missing, unknown or revoked token, 403 for a
// deactivated organisation, 429 past the rate limit. The embedded demo's public token is
// refused (401) from anywhere but this machine. Route handlers ask in one line:
//
//   const caller = await authenticatePartnerToken(request);
//   if (caller instanceof Response) return caller;
import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { log } from "@/lib/log";
import { requestId as currentRequestId } from "@/lib/request-id";
import { ORGANISATION_DEACTIVATED_MESSAGE } from "@/lib/delivery/load-deliverable";
import type { Recipient } from "@/lib/delivery/recipient";
import { cameFromLoopback } from "@/lib/auth/loopback";
import { DEMO_PARTNER_TOKEN } from "@/lib/demo/demo-accounts";
import { countApiRequest } from "./rate-limit";
import { apiError, unauthorized } from "./respond";
import { bearerToken, hashToken } from "./token-secret";

export type PartnerCaller = { tokenId: string; partnerOrgId: string; requestId: string };

const LAST_USED_RESOLUTION_MS = 60_000;

export async function authenticatePartnerToken(request: Request): Promise<PartnerCaller | Response> {
  const requestId = await currentRequestId();
  const plaintext = bearerToken(request.headers.get("authorization"));
  if (!plaintext) return unauthorized();
  if (plaintext === DEMO_PARTNER_TOKEN && !cameFromLoopback(request.headers)) {
    return apiError(401, "The demo token is public, so it works only from the computer running the demo (localhost).", { "WWW-Authenticate": 'Bearer realm="countervoice"' });
  }
  const token = await db().partnerApiToken.findUnique({
    where: { tokenHash: hashToken(plaintext) },
    select: { id: true, partnerOrgId: true, revokedAt: true, lastUsedAt: true, partnerOrg: { select: { active: true } } },
  });
  if (!token || token.revokedAt) return unauthorized();
  if (!token.partnerOrg.active) return apiError(403, ORGANISATION_DEACTIVATED_MESSAGE);

  const rate = await countApiRequest(token.id);
  if (!rate.allowed) {
    // One audit event per token and window, however long the client keeps knocking.
    if (rate.count === rate.limit + 1) {
      await recordAuditEvent(db(), { actor: null, action: "partner-api.rate-limited", target: { type: "partner-token", id: token.id }, requestId, details: { partnerOrgId: token.partnerOrgId, limit: rate.limit } });
      log("warn", "partner-api.rate-limited", { requestId, tokenId: token.id, limit: rate.limit });
    }
    return apiError(429, `Too many requests: at most ${rate.limit} a minute per token. Retry after ${rate.retryAfterSeconds} s.`, { "Retry-After": String(rate.retryAfterSeconds) });
  }
  await touchLastUsed(token.id, token.lastUsedAt);
  return { tokenId: token.id, partnerOrgId: token.partnerOrgId, requestId };
}

/** At most one write a minute per token: enough for admins to see which tokens are alive. */
async function touchLastUsed(tokenId: string, lastUsedAt: Date | null): Promise<void> {
  const now = new Date();
  const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (lastUsedAt && lastUsedAt > stale) return;
  await db().partnerApiToken.updateMany({ where: { id: tokenId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: stale } }] }, data: { lastUsedAt: now } });
}

export function apiRecipient(caller: PartnerCaller): Recipient {
  return { partnerOrgId: caller.partnerOrgId, userId: null, userEmail: null, apiTokenId: caller.tokenId, channel: "API" };
}
