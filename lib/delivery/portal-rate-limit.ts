// Portal downloads, previews and kits per partner user and per organisation per minute,
// counted in the database beside the partner API's limit (lib/partner-api/rate-limit.ts).
// The limits are far above what a person clicks: they stop a script, or a stolen session,
// from pulling everything at once. Routes ask in one line and answer 429 when refused.
import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { countRequests } from "@/lib/partner-api/rate-limit";
import type { RenderLocale } from "@/lib/i18n/locales";
import { translate } from "@/lib/i18n/translate";

export type PortalRequestKind = "download" | "preview" | "kit";

const NOUNS: Record<PortalRequestKind, string> = { download: "downloads", preview: "page views", kit: "kits" };

function limitsOf(kind: PortalRequestKind): { user: number; org: number } {
  const e = env();
  if (kind === "download") return { user: e.PORTAL_DOWNLOADS_PER_MINUTE_PER_USER, org: e.PORTAL_DOWNLOADS_PER_MINUTE_PER_ORG };
  if (kind === "preview") return { user: e.PORTAL_PREVIEWS_PER_MINUTE_PER_USER, org: e.PORTAL_PREVIEWS_PER_MINUTE_PER_ORG };
  return { user: e.PORTAL_KITS_PER_MINUTE_PER_USER, org: e.PORTAL_KITS_PER_MINUTE_PER_ORG };
}

/** `message` in English (logs, tests); `inLocale` says it in the reader's language. */
export type PortalRateRefusal = { message: string; retryAfterSeconds: number; kind: PortalRequestKind; limit: number; scope: "user" | "organisation" };

type PortalUser = { id: string; email: string; partnerOrgId: string | null };

/** Counts one request of this kind for the user and the organisation; a refusal says why and when to try again. */
export async function countPortalRequest(user: PortalUser, kind: PortalRequestKind, requestId: string, now = new Date()): Promise<PortalRateRefusal | null> {
  const limits = limitsOf(kind);
  const keys = [{ key: `portal:${kind}:user:${user.id}`, limit: limits.user }];
  if (user.partnerOrgId) keys.push({ key: `portal:${kind}:org:${user.partnerOrgId}`, limit: limits.org });
  const decisions = await countRequests(keys, { now });
  const over = decisions.findIndex((d) => !d.allowed);
  if (over < 0) return null;
  const decision = decisions[over]!;
  const scope = over === 0 ? ("user" as const) : ("organisation" as const);
  // One audit event per key and window, however long the client keeps knocking.
  if (decision.count === decision.limit + 1) {
    await recordAuditEvent(db(), { actor: user, action: "portal.rate-limited", target: { type: "user", id: user.id }, requestId, details: { kind, scope, limit: decision.limit, partnerOrgId: user.partnerOrgId } });
    log("warn", "portal.rate-limited", { requestId, kind, scope, limit: decision.limit });
  }
  const who = scope === "user" ? "per person" : "for your whole organisation";
  return {
    message: `Too many ${NOUNS[kind]}: at most ${decision.limit} a minute ${who}. Try again in ${decision.retryAfterSeconds} seconds.`,
    retryAfterSeconds: decision.retryAfterSeconds,
    kind,
    limit: decision.limit,
    scope,
  };
}

/** The refusal in the portal reader's language. */
export function rateRefusalText(refusal: PortalRateRefusal, locale: RenderLocale): string {
  return translate(locale, "delivery.rateLimit.message", { kind: refusal.kind, limit: refusal.limit, scope: refusal.scope, seconds: refusal.retryAfterSeconds });
}

/** The 429 a route answers with; nothing of the item is read or rendered before it. */
export function tooManyRequestsResponse(refusal: PortalRateRefusal, locale?: RenderLocale): Response {
  return new Response(locale ? rateRefusalText(refusal, locale) : refusal.message, {
    status: 429,
    headers: { "Retry-After": String(refusal.retryAfterSeconds), "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" },
  });
}
