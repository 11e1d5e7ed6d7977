// Applies the consent rule (consent-rule.ts) to stored items: every source an item quotes,
// whether picked with the quote picker or detected as pasted testimony.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { channelProblem, itemConsentProblems, type ConsentProblem, type SourceConsent } from "./consent-rule";
import { ReleaseBlocked } from "./leak-guard";
import { m } from "@/lib/i18n/translate";
import { describeConsentProblem } from "./wording";

export { consentProblems, itemConsentProblems, type ConsentProblem } from "./consent-rule";

export const CONSENT_FIELDS = { id: true, code: true, consent: { select: { scopes: true, channels: true, languages: true, expiresAt: true, withdrawnAt: true } } } as const;

/** The consents of the given sources, read at once (a campaign kit asks for all its items' sources together). */
export async function sourcesWithConsent(client: Db | Tx, sourceIds: Iterable<string>): Promise<Map<string, SourceConsent>> {
  const ids = [...new Set(sourceIds)];
  if (ids.length === 0) return new Map();
  const sources = await client.source.findMany({ where: { id: { in: ids } }, select: CONSENT_FIELDS });
  return new Map(sources.map((s) => [s.id, s]));
}

export async function checkItemConsent(client: Db | Tx, itemId: string, now = new Date()): Promise<ConsentProblem[]> {
  const item = await client.contentItem.findUniqueOrThrow({ where: { id: itemId }, select: { language: true, channels: true, quotes: { select: { sourceId: true, usage: true } } } });
  return itemConsentProblems(item, await sourcesWithConsent(client, item.quotes.map((q) => q.sourceId)), now);
}

export async function assertConsentAllows(client: Db | Tx, itemId: string, verb: "approved" | "published"): Promise<void> {
  const problems = await checkItemConsent(client, itemId);
  if (problems.length === 0) return;
  throw new ReleaseBlocked(m("content.errors.blocked", { verb, problems: problems.map((p) => describeConsentProblem(p, m)).join(" ") }));
}

/** Refuses a workflow step of an item that names no channel (one saved before channels were required). */
export function assertNamesChannel(item: { channels: string[] }, verb: "submitted" | "approved" | "published"): void {
  const problem = channelProblem(item.channels);
  if (problem) throw new ReleaseBlocked(m("content.errors.blocked", { verb, problems: m("content.errors.namesNoChannel") }));
}
