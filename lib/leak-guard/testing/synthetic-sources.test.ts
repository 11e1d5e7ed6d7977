import { describe, expect, it } from "vitest";
import { isValidPhoneNumber } from "libphonenumber-js";
import { IDENTIFIER_TYPES } from "@/lib/redaction/detector/types";
import { syntheticSources } from "./synthetic-sources";
import { seededRandom } from "./prng";
import { turkishIdentityNumber, belgianNationalNumber } from "./identity-documents";
import { articleForms, kunyaSpellings, arabicKunya } from "./spellings";
import { al, w } from "./names/written-name";

const SOURCES = syntheticSources(2000, 20240611);
const ENTRIES = SOURCES.flatMap((source) => source.entries);

describe("syntheticSources", () => {
  it("yields the same sources for the same seed and different ones for another seed", () => {
    expect(syntheticSources(50, 7)).toEqual(syntheticSources(50, 7));
    expect(syntheticSources(50, 8)).not.toEqual(syntheticSources(50, 7));
  });

  it("yields a prefix of a larger set for a smaller count, so benchmarks can grow", () => {
    expect(syntheticSources(100, 3)).toEqual(syntheticSources(300, 3).slice(0, 100));
  });

  it("yields exactly the requested number of sources, with distinct codes", () => {
    expect(SOURCES).toHaveLength(2000);
    expect(new Set(SOURCES.map((s) => s.code)).size).toBe(2000);
    expect(SOURCES[0]?.code).toBe("S-0001");
  });

  it("averages about 4.5 dictionary entries per source (2,000 sources ≈ 9,000 entries)", () => {
    const perSource = ENTRIES.length / SOURCES.length;
    expect(perSource).toBeGreaterThan(4.2);
    expect(perSource).toBeLessThan(4.8);
  });

  it("writes no empty entry or variant, and no variant equal to its entry", () => {
    for (const entry of ENTRIES) {
      expect(entry.text.trim()).not.toBe("");
      for (const variant of entry.variants ?? []) {
        expect(variant.trim()).not.toBe("");
        expect(variant).not.toBe(entry.text);
      }
      if (entry.variants) expect(entry.variants.length).toBeGreaterThan(0);
    }
  });

  it("uses only identifier types the detector knows, and always starts with the full name", () => {
    for (const entry of ENTRIES) expect(IDENTIFIER_TYPES).toContain(entry.type);
    for (const source of SOURCES) expect(source.entries[0]).toMatchObject({ text: source.realName, type: "PERSON" });
    const types = new Set(ENTRIES.map((e) => e.type));
    expect([...types].sort()).toEqual(["ALIAS", "CONTACT", "ID", "LOCATION", "PERSON"]);
  });

  it("repeats common given names across sources while full names stay mostly distinct", () => {
    const given = new Map<string, number>();
    for (const source of SOURCES) {
      const first = source.realName.split(" ")[0] ?? "";
      given.set(first, (given.get(first) ?? 0) + 1);
    }
    expect(given.get("Mohammed") ?? 0).toBeGreaterThan(100);
    expect(new Set(SOURCES.map((s) => s.realName)).size).toBeGreaterThan(1600);
  });

  it("covers Arabic script, Kurdish letters and Turkish letters in the entries", () => {
    const all = ENTRIES.flatMap((e) => [e.text, ...(e.variants ?? [])]).join("\n");
    expect(all).toMatch(/أبو [\u0621-\u064A]+/);
    expect(all).toMatch(/[کیەڕڵ]/);
    expect(all).toMatch(/[şğıçöü]/);
    expect(all).toMatch(/\bUmm \w+/);
    expect(all).toMatch(/\b(?:Abou|Abū|Abo) /);
  });

  it("writes phone numbers that libphonenumber accepts as valid mobiles of their country", () => {
    const phones = ENTRIES.filter((e) => e.type === "CONTACT" && e.text.startsWith("+"));
    expect(phones.length).toBeGreaterThan(300);
    const valid = phones.filter((e) => isValidPhoneNumber(e.text)).length;
    expect(valid / phones.length).toBeGreaterThan(0.95);
  });

  it("spreads sources over the origins by their weights", () => {
    const syrians = SOURCES.filter((s) => s.origin === "syria").length;
    expect(syrians / SOURCES.length).toBeGreaterThan(0.25);
    expect(syrians / SOURCES.length).toBeLessThan(0.35);
    expect(new Set(SOURCES.map((s) => s.origin)).size).toBeGreaterThanOrEqual(12);
  });
});

describe("spellings", () => {
  it.each([
    ["Shami", ["al-Shami", "ash-Shami", "esh-Shami", "el-Shami", "Al-Shami", "al Shami", "Al Shami", "Shami"]],
    ["Tunisi", ["al-Tunisi", "at-Tunisi", "et-Tunisi", "el-Tunisi", "Al-Tunisi", "al Tunisi", "Al Tunisi", "Tunisi"]],
    ["Kurdi", ["al-Kurdi", "el-Kurdi", "Al-Kurdi", "al Kurdi", "Al Kurdi", "Kurdi"]],
  ])("writes the article before %s as writers do, assimilated before sun letters", (stem, forms) => {
    expect(articleForms(stem)).toEqual(forms);
  });

  it("spells a kunya with its nisba in Latin and Arabic, feminine for Umm", () => {
    const abu = { kind: "abu" as const, name: w("حمزة", "Hamza"), nisba: al("تونسي", "Tunisi") };
    expect(kunyaSpellings(abu)[0]).toBe("Abu Hamza al-Tunisi");
    expect(kunyaSpellings(abu)).toContain("Abou Hamza at-Tunisi");
    expect(arabicKunya(abu)).toBe("أبو حمزة التونسي");
    const umm = { kind: "umm" as const, name: w("صفية", "Safiya"), nisba: al("شامي", "Shami") };
    expect(kunyaSpellings(umm)[0]).toBe("Umm Safiya al-Shamiya");
    expect(arabicKunya(umm)).toBe("أم صفية الشامية");
  });
});

describe("identity documents", () => {
  it("computes the Turkish kimlik check digits", () => {
    const random = seededRandom(1);
    for (let i = 0; i < 100; i++) {
      const d = [...turkishIdentityNumber(random)].map(Number);
      const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
      const even = d[1]! + d[3]! + d[5]! + d[7]!;
      expect(d[9]).toBe((((odd * 7 - even) % 10) + 10) % 10);
      expect(d[10]).toBe(d.slice(0, 10).reduce((a, b) => a + b, 0) % 10);
    }
  });

  it("computes the Belgian national number check (97 − number mod 97)", () => {
    const random = seededRandom(2);
    for (let i = 0; i < 100; i++) {
      const match = /^(\d\d)\.(\d\d)\.(\d\d)-(\d{3})\.(\d\d)$/.exec(belgianNationalNumber(random));
      expect(match).not.toBeNull();
      const [, yy, mm, dd, serial, check] = match ?? [];
      expect(Number(check)).toBe(97 - (Number(`${yy}${mm}${dd}${serial}`) % 97));
    }
  });
});
