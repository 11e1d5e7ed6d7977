import { describe, expect, it } from "vitest";
import { matchDictionary, type DictionaryEntry } from "@/lib/redaction/detector";
import { isWeakArabicHit } from "./weak-arabic-hit";

const KARIM: DictionaryEntry[] = [{ text: "Karim Haddad", type: "PERSON", variants: [] }];
const KARIM_WITH_ARABIC: DictionaryEntry[] = [{ text: "Karim Haddad", type: "PERSON", variants: ["كريم حداد"] }];

function strongHits(text: string, entries: DictionaryEntry[]) {
  const kept = matchDictionary(text, entries).filter((s) => !isWeakArabicHit(text.slice(s.start, s.end), entries));
  return [...new Set(kept.map((s) => text.slice(s.start, s.end)))];
}

describe("weak Arabic dictionary hits in the leak guard", () => {
  it("ignores an ordinary word that only shares a two-consonant skeleton with a name", () => {
    const text = "كان واحد منهم يقول إن الرواتب ستدفع.";
    expect(matchDictionary(text, KARIM).length).toBeGreaterThan(0); // the matcher's recall is unchanged
    expect(strongHits(text, KARIM)).toEqual([]);
  });

  it("keeps a name written as one of the entry's forms, and three-consonant skeletons", () => {
    expect(strongHits("قال حداد إن الطعام لم يصل.", KARIM_WITH_ARABIC)).toEqual(["حداد"]);
    expect(strongHits("قال كريم إن الطعام لم يصل.", KARIM)).toEqual(["كريم"]);
  });

  it("keeps every Latin-script and multi-word hit", () => {
    expect(isWeakArabicHit("Haddad", KARIM)).toBe(false);
    expect(isWeakArabicHit("كريم حداد", KARIM)).toBe(false);
  });
});
