// Checks a set of texts — the fields an editor wrote, or the forms a partner receives —
// and reports every possible identifier by the text it is in and its position there. A
// Markdown text is checked twice: as written (a file carries it so) and as it reads
// when rendered, where "Ra**sh**id" is "Rashid"; both report positions in what was written.
import { findIdentifiersInText, type TextHit } from "./find-identifiers-in-text";
import { batchedLookup } from "./identifier-index/batched-lookup";
import type { IndexLookup } from "./identifier-index/find-in-index";
import { readMarkdown } from "./markdown-reading";
import { m, type MessageValues } from "@/lib/i18n/translate";

/** Translates keys of the "redaction" namespace; a page passes its getTranslations("redaction"). */
export type HitTranslate = (key: string, values?: MessageValues) => string;
const inRequest: HitTranslate = (key, values) => m(`redaction.${key}`, values);

/** `field` names the text (title, body, attachment:ID:altText, delivered:pdf…); `label` says it to a person. */
export type CheckedForm = { field: string; label: string; text: string; markdown?: boolean };
export type LeakHit = TextHit & { field: string };

async function hitsInMarkdownReading(text: string, lookup: IndexLookup): Promise<TextHit[]> {
  const reading = readMarkdown(text);
  // Text with no Markdown in it reads as written (but for the line end rendering adds): its
  // hits are those of the text as written, already found; reading it twice doubled a check.
  if (reading.text.trimEnd() === text.trimEnd()) return [];
  const hits = await findIdentifiersInText(reading.text, lookup);
  return hits.map((hit) => ({ ...hit, start: reading.from[hit.start] ?? 0, end: reading.to[hit.end - 1] ?? text.length }));
}

export async function findLeaksInForms(forms: readonly CheckedForm[], index: IndexLookup): Promise<LeakHit[]> {
  // all texts at once, so their questions to the index travel together
  const lookup = batchedLookup(index);
  const perForm = await Promise.all(
    forms.map(async (form) => {
      // every text is also read as rendered: a title or a JSON value may reach a page that renders it
      const [written, read] = await Promise.all([findIdentifiersInText(form.text, lookup), hitsInMarkdownReading(form.text, lookup)]);
      return [...written, ...read].map((hit) => ({ ...hit, field: form.field }));
    }),
  );
  return dedupe(perForm.flat());
}

/**
 * One hit per place: a dictionary hit says more than a detector hit at the same place, and a
 * hit inside a longer one of the same text ("Haddad" in "Karim Haddad") adds nothing.
 */
function dedupe(hits: LeakHit[]): LeakHit[] {
  const byPlace = new Map<string, LeakHit>();
  for (const hit of hits) {
    const key = `${hit.field}:${hit.start}:${hit.end}`;
    const seen = byPlace.get(key);
    if (!seen || (hit.fromDictionary && !seen.fromDictionary)) byPlace.set(key, hit);
  }
  const all = [...byPlace.values()];
  const inside = (a: LeakHit, b: LeakHit) => a !== b && a.field === b.field && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
  return all.filter((hit) => !all.some((other) => inside(hit, other))).sort((a, b) => a.field.localeCompare(b.field) || a.start - b.start);
}

/** "Body: source dictionary entry (PERSON) at 12–24" — never the text itself. */
export function describeHit(hit: LeakHit, forms: readonly CheckedForm[], tr: HitTranslate = inRequest): string {
  const label = forms.find((f) => f.field === hit.field)?.label ?? hit.field;
  const values = { label, type: tr(`types.${hit.type}`), start: String(hit.start), end: String(hit.end) };
  return tr(hit.fromDictionary ? "leak.dictionaryHit" : "leak.directHit", values);
}
