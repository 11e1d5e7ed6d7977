import { describe, expect, it } from "vitest";
import { matchDictionary, type DictionaryEntry } from "@/lib/redaction/detector";
import { isEverydayArabicWord } from "./everyday-arabic-words";

const LATIN_ONLY: DictionaryEntry[] = [
  { text: "Karim Haddad", type: "PERSON", variants: [] },
  { text: "Sami Nasser", type: "PERSON", variants: [] },
  { text: "Rami Khalil", type: "PERSON", variants: [] },
  { text: "Hadi Saleh", type: "PERSON", variants: [] },
];

function blocking(text: string, entries: DictionaryEntry[]): string[] {
  const kept = matchDictionary(text, entries).filter((s) => !isEverydayArabicWord(text.slice(s.start, s.end), entries));
  return [...new Set(kept.map((s) => text.slice(s.start, s.end)))];
}

describe("everyday Arabic words in the leak guard", () => {
  it("lets an everyday word through that only shares a short skeleton with a name", () => {
    const text = "كان واحد منهم يقول إن الرواتب ستدفع.";
    expect(matchDictionary(text, LATIN_ONLY).length).toBeGreaterThan(0); // the matcher's recall is unchanged
    expect(blocking(text, LATIN_ONLY)).toEqual([]);
  });

  it.each([
    ["سامي", "قال سامي إن الطعام لم يصل."],
    ["رامي", "ترك رامي الكتيبة في الشتاء."],
    ["هادي", "هادي لم يعد إلى البيت."],
    ["حداد", "قال حداد إن الطعام لم يصل."],
    ["كريم", "قال كريم إن الطعام لم يصل."],
  ])("still blocks %s, the Arabic spelling of a name the dictionary holds only in Latin letters", (name, text) => {
    expect(blocking(text, LATIN_ONLY)).toContain(name);
  });

  it("blocks an everyday word that is itself one of the entry's spellings", () => {
    expect(blocking("جاء واحد.", [{ text: "Wahid", type: "ALIAS", variants: ["واحد"] }])).toEqual(["واحد"]);
  });

  it("never affects Latin-script or multi-word hits", () => {
    expect(isEverydayArabicWord("Haddad", LATIN_ONLY)).toBe(false);
    expect(isEverydayArabicWord("كريم حداد", LATIN_ONLY)).toBe(false);
  });
});
