// Adding spans by selection or by "mark every occurrence". A new manual span
// replaces the undecided or rejected spans it overlaps; it never overlaps an
// accepted one.
import type { IdentifierType, RedactionSpan, RedactionWork } from "@/lib/redaction/model/types";

function newId(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `m${Date.now()}${Math.random()}`;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }) {
  return a.start < b.end && b.start < a.end;
}

function withSpan(spans: RedactionSpan[], start: number, end: number, type: IdentifierType): RedactionSpan[] {
  if (spans.some((s) => s.status === "ACCEPTED" && overlaps(s, { start, end }))) return spans;
  const kept = spans.filter((s) => !overlaps(s, { start, end }));
  const span: RedactionSpan = { id: newId(), start, end, type, origin: "manual", status: "ACCEPTED", treatment: { kind: "PLACEHOLDER" } };
  return [...kept, span].sort((a, b) => a.start - b.start);
}

export function addSpan(work: RedactionWork, text: string, start: number, end: number, type: IdentifierType): RedactionWork {
  // Trim surrounding whitespace so "  Raqqa " becomes "Raqqa".
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return work;
  return { ...work, spans: withSpan(work.spans, start, end, type) };
}

export function markAllOccurrences(work: RedactionWork, text: string, needle: string, type: IdentifierType): RedactionWork {
  const term = needle.trim();
  if (!term) return work;
  const haystack = text.toLocaleLowerCase();
  const lowered = term.toLocaleLowerCase();
  let spans = work.spans;
  for (let at = haystack.indexOf(lowered); at >= 0; at = haystack.indexOf(lowered, at + lowered.length)) {
    spans = withSpan(spans, at, at + term.length, type);
  }
  return { ...work, spans };
}
