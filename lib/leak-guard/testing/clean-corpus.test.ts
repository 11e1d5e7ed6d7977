import { describe, expect, it } from "vitest";
import { KARIM } from "@/lib/demo/demo-sources-karim";
import { OMAR } from "@/lib/demo/demo-sources-omar";
import { SAMIR } from "@/lib/demo/demo-sources-samir";
import { CLEAN_KINDS, cleanParagraphs } from "./clean-corpus";
import { syntheticSources } from "./synthetic-sources";

const ALL = cleanParagraphs();
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const lower = (text: string) => text.toLocaleLowerCase("en");

/** Whole-word occurrence, case-insensitive, in either script. */
function contains(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu").test(text);
}

describe("clean corpus", () => {
  it("has at least 260 paragraphs, about 150 English and 110 Arabic", () => {
    expect(ALL.length).toBeGreaterThanOrEqual(260);
    expect(cleanParagraphs("en").length).toBeGreaterThanOrEqual(145);
    expect(cleanParagraphs("ar").length).toBeGreaterThanOrEqual(105);
  });

  it("numbers paragraphs with stable, unique, consecutive ids", () => {
    for (const language of ["en", "ar"] as const) {
      cleanParagraphs(language).forEach((p, i) => expect(p.id).toBe(`${language}-${String(i + 1).padStart(3, "0")}`));
    }
  });

  it("covers every kind in both languages, with short and long paragraphs", () => {
    for (const language of ["en", "ar"] as const) {
      for (const kind of CLEAN_KINDS) expect(cleanParagraphs(language).filter((p) => p.kind === kind).length).toBeGreaterThanOrEqual(15);
      const lengths = cleanParagraphs(language).map((p) => words(p.text));
      expect(Math.min(...lengths)).toBeLessThan(12);
      expect(Math.max(...lengths)).toBeGreaterThan(90);
      expect(Math.max(...lengths)).toBeLessThanOrEqual(130);
    }
  });

  it("writes the Arabic paragraphs in Arabic script and the English ones in Latin script", () => {
    for (const p of cleanParagraphs("ar")) expect(p.text).toMatch(/[\u0621-\u064A]{3}/);
    for (const p of cleanParagraphs("en")) expect(p.text).not.toMatch(/[\u0600-\u06FF]/);
  });

  it("contains no phone number, e-mail address, handle or link", () => {
    for (const p of ALL) {
      const ascii = p.text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660));
      expect(ascii, p.id).not.toMatch(/\d(?:[\s().·-]*\d){6,}/);
      expect(p.text, p.id).not.toMatch(/@|https?:|www\./);
    }
  });

  it("contains none of the demo sources' dictionary entries", () => {
    const phrases = [KARIM, OMAR, SAMIR].flatMap((s) => s.dictionary.flatMap((e) => [e.text, ...e.variants]));
    for (const p of ALL) for (const phrase of phrases) expect(contains(p.text, phrase), `${p.id}: ${phrase}`).toBe(false);
  });

  it("contains none of 2,000 synthetic sources' identifiers, so every block on it is a false block", () => {
    const phrases = new Set(syntheticSources(2000, 1).flatMap((s) => s.entries.flatMap((e) => [e.text, ...(e.variants ?? [])])));
    const haystack = ALL.map((p) => ({ id: p.id, text: lower(p.text) }));
    for (const phrase of phrases) {
      const needle = lower(phrase);
      for (const p of haystack) if (p.text.includes(needle)) expect(contains(p.text, needle), `${p.id}: ${phrase}`).toBe(false);
    }
  });

  it("includes the words that trip naive name matchers", () => {
    const english = cleanParagraphs("en").map((p) => p.text).join("\n");
    for (const word of ["younger", "ones", "other", "some", "said", "Said", "hope", "Hope", "Amen", "moral", "carry", "sham", "nasty", "Grace", "Faith", "Mark", "Will", "Um,", "Salaam"]) {
      expect(english).toContain(word);
    }
    const arabic = cleanParagraphs("ar").map((p) => p.text).join("\n");
    for (const word of ["على", "إلى", "واحد", "كريم", "سنة", "الحديد", "الأمل", "سعيد", "جميل", "نور", "سلام", "أمّ", "أبو الأولاد", "الشام", "باقية وتتمدد", "٢٠١٤", "#"]) {
      expect(arabic).toContain(word);
    }
  });
});
