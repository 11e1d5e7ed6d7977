// A name followed by its translation or original in brackets is one mention: "Warsaw
// Regional Court (Sąd Okręgowy)", "the media office (al-Diwan al-I'lami)", "Dev-Yol
// (Revolutionary Way)". The bracket joins the span before it, so the original spelling is
// redacted with the name it glosses.
import type { Span } from "./types";

const GLOSSED: ReadonlySet<Span["type"]> = new Set(["PERSON", "ALIAS", "LOCATION", "ORGANIZATION"]);
/** At most 60 characters, no nested bracket and no line break: a gloss, not an aside. */
const BRACKET = /^\s?\(([^()\n]{1,60})\)/;

export function withGlosses(text: string, spans: readonly Span[]): Span[] {
  return spans.map((span) => {
    if (!GLOSSED.has(span.type)) return span;
    const m = BRACKET.exec(text.slice(span.end, span.end + 64));
    // a gloss names: it has a capital or Arabic letter ("(Sąd Okręgowy)", "(الحسبة)"), unlike "(see below)"
    if (!m || !/[\p{Lu}\u0621-\u064A]/u.test(m[1] ?? "")) return span;
    const end = span.end + m[0].length;
    return { ...span, end, text: text.slice(span.start, end) };
  });
}

/** An upper-case abbreviation given in brackets: “EAT”, (PKK), ("SDF"). */
const ACRONYM = /^\s?\(\s*["“”'‘’«]?(\p{Lu}[\p{Lu}\p{N}-]{1,7})["“”'‘’»]?\s*\)$/u;

/**
 * "the Employment Appeal Tribunal (“EAT”) … the EAT": an abbreviation defined for a found name
 * stands for it wherever it recurs, in the same letters and case.
 */
export function abbreviationMentions(text: string, spans: readonly Span[]): Span[] {
  const defined = new Map<string, Span>();
  for (const span of spans) {
    if (!GLOSSED.has(span.type)) continue;
    const open = span.text.lastIndexOf("(");
    const m = open > 0 ? ACRONYM.exec(span.text.slice(open - 1)) : null;
    if (m?.[1] && !defined.has(m[1])) defined.set(m[1], span);
  }
  const out: Span[] = [];
  for (const [acronym, span] of defined) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${acronym.replace(/-/g, "\\-")}(?![\\p{L}\\p{N}])`, "gu");
    for (const m of text.matchAll(re)) {
      const start = m.index;
      if (start >= span.start && start < span.end) continue;
      out.push({ start, end: start + acronym.length, type: span.type, text: acronym, source: span.source, rule: "other-mention" });
    }
  }
  return out;
}
