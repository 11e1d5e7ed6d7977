// The leak guard's look at one text, in any form a partner receives: the text is put in
// canonical form, its words are looked up in the identifier index (every source's
// dictionary and real name), and the detector's evidence-backed direct identifiers are
// added (phones, emails, kunyas, cued names). Positions are in the original text.
import { tokenize } from "@/lib/redaction/detector/tokenize";
import { canonicalText, originalRange } from "./canonical-text";
import { directIdentifierSpans } from "./direct-identifiers";
import { findInIndex, type IndexLookup } from "./identifier-index/find-in-index";
import { guardWordRole } from "./word-roles";

export type TextHit = { start: number; end: number; type: string; fromDictionary: boolean; sourceId: string | null };

export async function findIdentifiersInText(text: string, lookup: IndexLookup): Promise<TextHit[]> {
  if (text.trim() === "") return [];
  const canonical = canonicalText(text);
  const tokens = tokenize(canonical.text).filter((t) => !t.isArticle);
  const dictionary = await findInIndex(canonical.text, tokens, guardWordRole(), lookup);
  const detector = directIdentifierSpans(canonical.text);
  const hits: TextHit[] = [
    ...dictionary.map((h) => ({ ...originalRange(canonical, h.start, h.end), type: h.type, fromDictionary: true, sourceId: h.sourceId })),
    ...detector.map((s) => ({ ...originalRange(canonical, s.start, s.end), type: s.type, fromDictionary: false, sourceId: null })),
  ];
  return hits.sort((a, b) => a.start - b.start || a.end - b.end);
}
