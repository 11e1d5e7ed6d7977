// Pure: the quasi-identifiers in an item's text fields, as facts with every place they
// occur. Direct identifiers are the leak guard's; placeholders of redacted testimony
// ("[LOCATION 3]") reveal nothing and are skipped, generalisations ("[a town in the north]") are read.
import { createHash } from "node:crypto";
import { detectIdentifiers } from "@/lib/redaction/detector";
import type { QuasiFact } from "./quasi-kinds";
import { factOfSpan, ruleOf } from "./normalise-span";
import { findRelativeMentions, RELATIVES_RULE } from "./relative-mentions";

/** A text the item releases or draws on. `sourceIds`: whom its facts are about (null: every source of the item). */
export type ScannedField = { field: string; label: string; text: string; sourceIds: string[] | null };

export type Occurrence = { field: string; start: number; end: number; text: string; rule: string };

/** A fact with where it occurs and the rules that found it; its weight is that of its narrowest occurrence. */
export type QuasiFinding = QuasiFact & { occurrences: Occurrence[]; rules: string[]; sourceIds: string[] | null };

const PLACEHOLDER = /\[(?:PERSON|ALIAS|LOCATION|DATE|AGE|NATIONALITY|ORGANIZATION|ROLE|CONTACT|ID|DESCRIPTION) \d+\]|\[redacted\]/g;

/** Placeholders blanked out with spaces, so offsets still point into the original text. */
export function withoutPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, (m) => " ".repeat(m.length));
}

type Found = { fact: QuasiFact; occurrence: Occurrence };

// scanField is a pure function of the text, and the same texts come back on every view: the
// ledger of a source re-reads all its published items, the item page its own fields. Kept
// per process by the text's hash, a bounded number at a time.
const SCANNED = new Map<string, Found[]>();
const SCANNED_LIMIT = 20_000;

export function scanField(field: Pick<ScannedField, "field" | "text">): Found[] {
  const key = createHash("sha256").update(field.text).digest("base64url");
  let found = SCANNED.get(key);
  if (!found) {
    found = scanText(field.text);
    if (SCANNED.size >= SCANNED_LIMIT) SCANNED.delete(SCANNED.keys().next().value!);
    SCANNED.set(key, found);
  }
  return found.map(({ fact, occurrence }) => ({ fact: { ...fact }, occurrence: { ...occurrence, field: field.field } }));
}

function scanText(original: string): Found[] {
  const text = withoutPlaceholders(original);
  const found: Found[] = [];
  for (const span of detectIdentifiers(text)) {
    const fact = factOfSpan(span);
    if (fact) found.push({ fact, occurrence: { field: "", start: span.start, end: span.end, text: span.text, rule: ruleOf(span) } });
  }
  for (const mention of findRelativeMentions(text)) {
    if (found.some((f) => f.occurrence.start <= mention.start && f.occurrence.end >= mention.end)) continue;
    found.push({ fact: mention.fact, occurrence: { field: "", start: mention.start, end: mention.end, text: mention.text, rule: RELATIVES_RULE } });
  }
  return found;
}

function mergeSources(a: string[] | null, b: string[] | null): string[] | null {
  if (a === null || b === null) return null;
  return [...new Set([...a, ...b])];
}

/** Facts found in the fields, one per kind and value, most weighty first. */
export function findQuasiIdentifiers(fields: readonly ScannedField[]): QuasiFinding[] {
  const byKey = new Map<string, QuasiFinding>();
  for (const field of fields) {
    for (const { fact, occurrence } of scanField(field)) {
      const seen = byKey.get(fact.key);
      if (!seen) {
        byKey.set(fact.key, { ...fact, occurrences: [occurrence], rules: [occurrence.rule], sourceIds: field.sourceIds });
        continue;
      }
      seen.occurrences.push(occurrence);
      if (!seen.rules.includes(occurrence.rule)) seen.rules.push(occurrence.rule);
      seen.sourceIds = mergeSources(seen.sourceIds, field.sourceIds);
      if (fact.weight > seen.weight) Object.assign(seen, { precision: fact.precision, weight: fact.weight });
    }
  }
  return [...byKey.values()].sort((a, b) => b.weight - a.weight || a.kind.localeCompare(b.kind) || a.value.localeCompare(b.value));
}

/** The findings that concern one source: those of the fields about it or about every source. */
export function findingsAbout(findings: readonly QuasiFinding[], sourceId: string): QuasiFinding[] {
  return findings.filter((f) => f.sourceIds === null || f.sourceIds.includes(sourceId));
}
