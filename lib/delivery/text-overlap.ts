// Matching a leaked excerpt against delivered text when no mark survived.
const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return (text.normalize("NFKC").toLowerCase().match(WORD) ?? []).filter((w) => w.length > 0);
}

/** A tsquery of the excerpt's distinct longer words joined by OR, for finding candidate items. */
export function searchWords(text: string): string {
  const distinct = [...new Set(words(text).filter((w) => w.length >= 4))].slice(0, 30);
  return distinct.join(" | ");
}

/** Share of the excerpt's three-word phrases that occur in the document (0..1). */
export function phraseOverlap(excerpt: string, document: string): number {
  const shingles = (list: string[]) => {
    const set = new Set<string>();
    for (let i = 0; i + 3 <= list.length; i++) set.add(list.slice(i, i + 3).join(" "));
    return set;
  };
  const wanted = shingles(words(excerpt));
  if (wanted.size === 0) return 0;
  const present = shingles(words(document));
  let hits = 0;
  for (const s of wanted) if (present.has(s)) hits += 1;
  return hits / wanted.size;
}
