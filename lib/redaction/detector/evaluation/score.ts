// Scores detector output against gold labels.
//  - A gold span is RECALLED when every letter and digit in it lies inside some detected
//    span, of any type (for redaction, covering is what matters; whitespace and
//    punctuation at the edges may stay uncovered). TYPED recall also requires the type.
//  - PRECISION is span-level: the share of detected spans that overlap at least one gold
//    span. CHAR PRECISION is the share of detected characters that lie inside gold spans.
import { DIRECT_TYPES, type Span } from "../types";
import type { GoldSpan, LabelledDocument } from "./markup";

export type Tally = {
  directGold: number; directHit: number; quasiGold: number; quasiHit: number; typedHit: number;
  detected: number; detectedTrue: number; detectedChars: number; detectedCharsTrue: number;
};
export type Miss = { doc: string; gold: GoldSpan };

export const emptyTally = (): Tally => ({ directGold: 0, directHit: 0, quasiGold: 0, quasiHit: 0, typedHit: 0, detected: 0, detectedTrue: 0, detectedChars: 0, detectedCharsTrue: 0 });

function coveredBy(text: string, gold: GoldSpan, spans: readonly Pick<Span, "start" | "end">[]): boolean {
  for (let i = gold.start; i < gold.end; i++) {
    if (!/[\p{L}\p{N}]/u.test(text[i] ?? "")) continue;
    if (!spans.some((s) => s.start <= i && i < s.end)) return false;
  }
  return true;
}

export function scoreDocument(doc: LabelledDocument, detected: readonly Span[], tally: Tally, misses: Miss[], falsePositives: Span[]): void {
  const goldMask = new Uint8Array(doc.text.length);
  for (const g of doc.spans) goldMask.fill(1, g.start, g.end);
  for (const gold of doc.spans) {
    const direct = DIRECT_TYPES.includes(gold.type);
    const hit = coveredBy(doc.text, gold, detected);
    if (direct) { tally.directGold++; if (hit) tally.directHit++; } else { tally.quasiGold++; if (hit) tally.quasiHit++; }
    if (hit && coveredBy(doc.text, gold, detected.filter((s) => s.type === gold.type))) tally.typedHit++;
    if (!hit) misses.push({ doc: doc.name, gold });
  }
  for (const span of detected) {
    tally.detected++;
    let inside = 0;
    for (let i = span.start; i < span.end; i++) inside += goldMask[i] ?? 0;
    tally.detectedChars += span.end - span.start;
    tally.detectedCharsTrue += inside;
    if (inside > 0) tally.detectedTrue++; else falsePositives.push(span);
  }
}

export function rates(t: Tally): { directRecall: number; quasiRecall: number; typedRecall: number; precision: number; charPrecision: number } {
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  return {
    directRecall: ratio(t.directHit, t.directGold),
    quasiRecall: ratio(t.quasiHit, t.quasiGold),
    typedRecall: ratio(t.typedHit, t.directGold + t.quasiGold),
    precision: ratio(t.detectedTrue, t.detected),
    charPrecision: ratio(t.detectedCharsTrue, t.detectedChars),
  };
}
