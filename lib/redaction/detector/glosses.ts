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
