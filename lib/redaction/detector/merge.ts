// Resolves overlapping candidates into sorted, disjoint spans. Overlaps are merged into
// their union (a redaction must cover both); the union keeps the type of its strongest
// part: a direct identifier beats a quasi one, then the longer part wins.
import { DIRECT_TYPES, type Span } from "./types";

const SOURCE_RANK = { dictionary: 3, pattern: 2, gazetteer: 1, nlp: 0 } as const;

function strength(span: Span): number {
  // a given name from a list inside "Mansour Street" does not make the street a person
  const direct = DIRECT_TYPES.includes(span.type) && (span.source === "pattern" || span.source === "dictionary") && span.rule !== "other-mention" ? 1_000_000 : 0;
  // a mention found only because the word was found elsewhere says less than the rule that found it here
  const own = span.rule === "other-mention" ? 0 : 1;
  return direct + (span.end - span.start) * 10 + SOURCE_RANK[span.source] + own * 4;
}

export function mergeSpans(text: string, candidates: readonly Span[]): Span[] {
  const sorted = candidates.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  let group: Span[] = [];
  let groupEnd = -1;
  const flush = (): void => {
    if (group.length === 0) return;
    // sorted by start, so the first span starts the group (no spread: a group can hold millions)
    const start = group[0]?.start ?? 0;
    const best = group.reduce((a, b) => (strength(b) > strength(a) ? b : a));
    merged.push({ start, end: groupEnd, type: best.type, source: best.source, rule: best.rule, text: text.slice(start, groupEnd) });
    group = [];
  };
  for (const span of sorted) {
    if (span.start >= groupEnd) flush();
    group.push(span);
    groupEnd = group.length === 1 ? span.end : Math.max(groupEnd, span.end);
  }
  flush();
  return merged;
}

const EDGE_START = new Set([...",;:.!?()\"“”«»'‘’-–"]);
const EDGE_END = new Set([...",;:!?(\"“”«»'‘’-–"]);
const SPACE = /\s/;
const ABBREVIATION_END = /\b\p{Lu}\.$|\b(?:No|St|Dr)\.$/u;

function isEdge(c: string, punctuation: ReadonlySet<string>): boolean {
  return punctuation.has(c) || (c <= " " ? SPACE.test(c) : c > "~" && SPACE.test(c));
}

/** Trims whitespace and edge punctuation a pattern may have swallowed. */
export function trimSpan(text: string, span: Span): Span | undefined {
  let { start, end } = span;
  while (start < end && isEdge(text[start] ?? "", EDGE_START)) start++;
  while (end > start && isEdge(text[end - 1] ?? "", EDGE_END)) end--;
  // keep a final period only when it ends an abbreviation or initial ("B.")
  if (text[end - 1] === "." && !ABBREVIATION_END.test(text.slice(Math.max(start, end - 4), end))) end--;
  if (start >= end) return undefined;
  if (start === span.start && end === span.end) return span;
  return { ...span, start, end, text: text.slice(start, end) };
}
