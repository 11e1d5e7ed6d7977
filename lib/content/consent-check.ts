// An item may use a source's words only within that source's consent: its scope
// for the usage, every channel of the item, the item's language, and not expired or withdrawn.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { consentStatus } from "@/lib/sources/consent-status";
import { CONSENT_CHANNEL_LABELS, CONSENT_SCOPE_LABELS, type ConsentChannel, type ConsentScope } from "@/lib/sources/vocabulary";
import { languageLabel } from "@/lib/testimony/languages";
import { ReleaseBlocked } from "./leak-guard";

export type ConsentProblem = { sourceId: string; sourceCode: string; rule: "missing" | "withdrawn" | "expired" | "scope" | "channel" | "language"; message: string };

type Consent = { scopes: string[]; channels: string[]; languages: string[]; expiresAt: Date | null; withdrawnAt: Date | null } | null;

/** Pure: the problems of one source's consent for the given usages, channels and language. */
export function consentProblems(source: { id: string; code: string; consent: Consent }, usages: string[], channels: string[], language: string, now = new Date()): ConsentProblem[] {
  const problem = (rule: ConsentProblem["rule"], message: string): ConsentProblem => ({ sourceId: source.id, sourceCode: source.code, rule, message: `Source ${source.code}: ${message}` });
  const status = consentStatus(source.consent, now);
  if (status === "NONE") return [problem("missing", "no consent is recorded.")];
  if (status === "WITHDRAWN") return [problem("withdrawn", "consent was withdrawn.")];
  if (status === "EXPIRED") return [problem("expired", "consent has expired.")];
  const consent = source.consent!;
  const problems: ConsentProblem[] = [];
  for (const usage of new Set(usages)) {
    if (!consent.scopes.includes(usage)) problems.push(problem("scope", `consent does not cover “${CONSENT_SCOPE_LABELS[usage as ConsentScope] ?? usage}”.`));
  }
  for (const channel of channels) {
    if (!consent.channels.includes(channel)) problems.push(problem("channel", `consent does not cover the channel “${CONSENT_CHANNEL_LABELS[channel as ConsentChannel] ?? channel}”.`));
  }
  if (!consent.languages.includes(language)) problems.push(problem("language", `consent does not cover ${languageLabel(language)}.`));
  return problems;
}

export async function checkItemConsent(client: Db | Tx, itemId: string, now = new Date()): Promise<ConsentProblem[]> {
  const item = await client.contentItem.findUniqueOrThrow({ where: { id: itemId }, select: { language: true, channels: true, quotes: { select: { sourceId: true, usage: true } } } });
  const usagesBySource = new Map<string, string[]>();
  for (const q of item.quotes) usagesBySource.set(q.sourceId, [...(usagesBySource.get(q.sourceId) ?? []), q.usage]);
  if (usagesBySource.size === 0) return [];
  const sources = await client.source.findMany({
    where: { id: { in: [...usagesBySource.keys()] } },
    orderBy: { code: "asc" },
    select: { id: true, code: true, consent: { select: { scopes: true, channels: true, languages: true, expiresAt: true, withdrawnAt: true } } },
  });
  return sources.flatMap((s) => consentProblems(s, usagesBySource.get(s.id) ?? [], item.channels, item.language, now));
}

export async function assertConsentAllows(client: Db | Tx, itemId: string, verb: "approved" | "published"): Promise<void> {
  const problems = await checkItemConsent(client, itemId);
  if (problems.length === 0) return;
  throw new ReleaseBlocked(`This item cannot be ${verb}: ${problems.map((p) => p.message).join(" ")}`);
}
