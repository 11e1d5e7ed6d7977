// Turns a transcript and the accepted spans into the redacted text. Placeholders
// are numbered per type in order of first appearance, and the same identifier
// (same normalised text) always gets the same number throughout a testimony.
import type { IdentifierType, RedactionSpan } from "./types";

export const REMOVED = "[redacted]";

/** Case, diacritics, punctuation and article spellings do not make a new person. */
export function entityKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, "")
    .toLowerCase()
    .replace(/[\u0622\u0623\u0625]/g, "\u0627")
    .replace(/\u0629/g, "\u0647")
    .replace(/\b(al|el|ul|as|ash|es|esh|ad|ed|ar|er|at|et|az|ez|an|en)[-\s]+/g, "al ")
    .replace(/\babou\b|\babu\b|\babū\b/g, "abu")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function acceptedSpans(spans: readonly RedactionSpan[]): RedactionSpan[] {
  return spans.filter((s) => s.status === "ACCEPTED").sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Accepted spans must not overlap: two decisions about the same characters are ambiguous. */
export function findOverlap(spans: readonly RedactionSpan[]): [RedactionSpan, RedactionSpan] | null {
  const sorted = acceptedSpans(spans);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!;
    const current = sorted[i]!;
    if (current.start < previous.end) return [previous, current];
  }
  return null;
}

function spanKey(text: string, span: RedactionSpan): string {
  return `${span.type}:${entityKey(span.entity ?? text.slice(span.start, span.end))}`;
}

export function placeholderNumbers(text: string, spans: readonly RedactionSpan[]): Map<string, number> {
  const numbers = new Map<string, number>();
  const counters = new Map<IdentifierType, number>();
  for (const span of acceptedSpans(spans)) {
    if (span.treatment.kind !== "PLACEHOLDER") continue;
    const key = spanKey(text, span);
    if (numbers.has(key)) continue;
    const next = (counters.get(span.type) ?? 0) + 1;
    counters.set(span.type, next);
    numbers.set(key, next);
  }
  return numbers;
}

export function replacementFor(text: string, span: RedactionSpan, numbers: Map<string, number>): string {
  switch (span.treatment.kind) {
    case "REMOVE":
      return REMOVED;
    case "GENERALISE":
      return `[${span.treatment.text}]`;
    case "PLACEHOLDER":
      return `[${span.type} ${numbers.get(spanKey(text, span)) ?? "?"}]`;
  }
}

/** The redacted text: nothing of an accepted span survives, whatever its treatment. */
export function redactedTextFor(text: string, spans: readonly RedactionSpan[]): string {
  if (findOverlap(spans)) throw new Error("Accepted spans overlap");
  const numbers = placeholderNumbers(text, spans);
  let out = "";
  let cursor = 0;
  for (const span of acceptedSpans(spans)) {
    out += text.slice(cursor, span.start) + replacementFor(text, span, numbers);
    cursor = span.end;
  }
  return out + text.slice(cursor);
}
