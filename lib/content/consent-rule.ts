// The consent rule, pure: an item may use a source's words only within that source's
// consent — its scope for each usage, every channel the item names, the hand-over to partner
// organisations, the item's language — and not after it expired or was withdrawn. One rule
// for approval, publication and every delivery (single items and campaign kits alike).
import { consentStatus } from "@/lib/sources/consent-status";
import { CONSENT_CHANNEL_LABELS, CONSENT_SCOPE_LABELS, type ConsentChannel, type ConsentScope } from "@/lib/sources/vocabulary";
import { languageLabel } from "@/lib/testimony/languages";

/**
 * Every item Countervoice releases goes to partner organisations (the portal, kits, the
 * API), whatever channels it names for their use afterwards; so every source it draws on
 * must have agreed to that hand-over.
 */
export const PARTNER_CHANNEL: ConsentChannel = "PARTNER_DOWNLOAD";

export type ConsentRule = "missing" | "withdrawn" | "expired" | "scope" | "channel" | "partner" | "language";
/** `detail`: the usage, channel or language code the rule is about, for wording the problem in any language (wording.ts). */
export type ConsentProblem = { sourceId: string; sourceCode: string; rule: ConsentRule; message: string; detail?: string };

export type Consent = { scopes: string[]; channels: string[]; languages: string[]; expiresAt: Date | null; withdrawnAt: Date | null } | null;
export type SourceConsent = { id: string; code: string; consent: Consent };
/** What the rule reads of an item: its channels, language, and each quote's source and usage (picked or detected). */
export type ConsentedItem = { channels: string[]; language: string; quotes: { sourceId: string; usage: string }[] };

/** The problems of one source's consent for the given usages, channels and language. */
export function consentProblems(source: SourceConsent, usages: string[], channels: string[], language: string, now = new Date()): ConsentProblem[] {
  const problem = (rule: ConsentRule, message: string, detail?: string): ConsentProblem => ({ sourceId: source.id, sourceCode: source.code, rule, message: `Source ${source.code}: ${message}`, ...(detail ? { detail } : {}) });
  const status = consentStatus(source.consent, now);
  if (status === "NONE") return [problem("missing", "no consent is recorded.")];
  if (status === "WITHDRAWN") return [problem("withdrawn", "consent was withdrawn.")];
  if (status === "EXPIRED") return [problem("expired", "consent has expired.")];
  const consent = source.consent!;
  const problems: ConsentProblem[] = [];
  for (const usage of new Set(usages)) {
    if (!consent.scopes.includes(usage)) problems.push(problem("scope", `consent does not cover “${CONSENT_SCOPE_LABELS[usage as ConsentScope] ?? usage}”.`, usage));
  }
  for (const channel of new Set(channels)) {
    if (channel !== PARTNER_CHANNEL && !consent.channels.includes(channel)) problems.push(problem("channel", `consent does not cover the channel “${CONSENT_CHANNEL_LABELS[channel as ConsentChannel] ?? channel}”.`, channel));
  }
  if (!consent.channels.includes(PARTNER_CHANNEL)) problems.push(problem("partner", `consent does not cover sharing with partner organisations (“${CONSENT_CHANNEL_LABELS[PARTNER_CHANNEL]}”).`, PARTNER_CHANNEL));
  if (!consent.languages.includes(language)) problems.push(problem("language", `consent does not cover ${languageLabel(language)}.`, language));
  return problems;
}

/**
 * The problems of every source the item draws on, in source code order. A quoted source
 * missing from `sources` (it no longer exists) counts as having no consent: nothing is
 * released on a consent nobody can show.
 */
export function itemConsentProblems(item: ConsentedItem, sources: ReadonlyMap<string, SourceConsent>, now = new Date()): ConsentProblem[] {
  const usagesBySource = new Map<string, string[]>();
  for (const q of item.quotes) usagesBySource.set(q.sourceId, [...(usagesBySource.get(q.sourceId) ?? []), q.usage]);
  const drawnOn = [...usagesBySource.keys()].map((id) => sources.get(id) ?? { id, code: "(unknown source)", consent: null });
  drawnOn.sort((a, b) => a.code.localeCompare(b.code));
  return drawnOn.flatMap((s) => consentProblems(s, usagesBySource.get(s.id) ?? [], item.channels, item.language, now));
}

/** A catalogue key (content.json): the schema's message, translated where the input is parsed. */
export const NO_CHANNEL_MESSAGE = "content.errors.noChannel";

/** An item naming no channel cannot be checked against anyone's consent: it may not move on. */
export function channelProblem(channels: readonly string[]): string | null {
  return channels.length === 0 ? "it names no channel. Edit it and choose at least one channel where it may be used." : null;
}
