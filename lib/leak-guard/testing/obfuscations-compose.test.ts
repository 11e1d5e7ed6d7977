import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  OBFUSCATIONS, OBFUSCATION_NAMES, compatibleSubset, composeObfuscations, obfuscatedIdentifier, obfuscatedPhone, obfuscationCase,
  obfuscationSteps,
} from "./obfuscations";
import { parsePhone } from "./phone-countries";
import { readerDigits, readerView } from "./reader-view";
import { syntheticSources } from "./synthetic-sources";

const ENTRIES = syntheticSources(200, 11).flatMap((s) => s.entries);
const WORDS = ["ابو عمر", "0532 418 77 09", "Abu Hamza al-Tunisi", "Rêbwar Salih", "Şükrü Yılmaz", "أبو حمزة التونسي", "علي مصطفى", "حمزة", "N198090064", "Kafr Nasir"];

describe("composeObfuscations", () => {
  it("applies the steps in phase order whatever order they are given in", () => {
    const steps = [
      { name: "html-comment", at: 0, variant: 0 },
      { name: "cyrillic", at: 0, variant: 1 },
      { name: "invisible-in-word", at: 1, variant: 0 },
    ] as const;
    expect(composeObfuscations("Rashid", steps)).toBe("R<!---->а\u200Bshid");
    expect(composeObfuscations("Rashid", [...steps].reverse())).toBe("R<!---->а\u200Bshid");
  });

  it("composes an Arabic spelling, presentation forms and a line break", () => {
    const written = composeObfuscations("أبو حمزة", [
      { name: "line-break-between-words", at: 0, variant: 0 },
      { name: "presentation-forms", at: 0, variant: 0 },
      { name: "alif-hamza", at: 0, variant: 0 },
    ]);
    expect(written).toBe("ﺍﺑﻮ\nﺣﻤﺰﺓ");
    expect(readerView(written)).toBe(readerView("أبو حمزة"));
  });

  it("keeps one glyph set, one markup, one line wrap, and never an override with markup or a wrap", () => {
    expect(compatibleSubset(["cyrillic", "fullwidth", "emphasis", "html-comment", "invisible-in-word"])).toEqual(["cyrillic", "emphasis", "invisible-in-word"]);
    expect(compatibleSubset(["right-to-left-override", "emphasis", "hyphenated-line-break", "greek"])).toEqual(["right-to-left-override", "greek"]);
    expect(compatibleSubset(["persian-keyboard", "kurdish-keyboard", "tashkeel"])).toEqual(["persian-keyboard", "tashkeel"]);
  });

  it.each(OBFUSCATION_NAMES)("%s changes every text it applies to", (name) => {
    const { appliesTo, apply } = OBFUSCATIONS[name];
    for (const text of WORDS.filter((w) => appliesTo(w))) {
      for (let variant = 0; variant < 4; variant++) expect(apply(text, 1, variant)).not.toBe(text);
    }
  });
});

describe("obfuscation arbitraries", () => {
  it("draw 1 to 4 compatible steps that apply to the text", () => {
    fc.assert(
      fc.property(fc.constantFrom(...WORDS).chain((text) => obfuscationSteps(text).map((steps) => ({ text, steps }))), ({ steps }) => {
        expect(steps.length).toBeGreaterThanOrEqual(1);
        expect(steps.length).toBeLessThanOrEqual(4);
        expect(compatibleSubset(steps.map((s) => s.name))).toHaveLength(steps.length);
      }),
      { numRuns: 300 },
    );
  });

  it("write synthetic identifiers so that a reader still reads them, and no longer as the plain string", () => {
    let unchanged = 0;
    fc.assert(
      fc.property(fc.constantFrom(...ENTRIES.filter((e) => e.type !== "CONTACT")).chain(obfuscationCase), (c) => {
        expect(readerView(c.obfuscated), JSON.stringify(c)).toBe(readerView(c.form));
        if (c.obfuscated === c.form) unchanged++;
      }),
      { numRuns: 1500, seed: 42 },
    );
    expect(unchanged).toBeLessThan(15);
  });

  it("write phone numbers whose digits still end with the national number", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ENTRIES.filter((e) => e.type === "CONTACT")).chain(obfuscationCase), (c) => {
        expect(readerDigits(c.obfuscated), JSON.stringify(c)).toMatch(new RegExp(`${parsePhone(c.form).national}$`));
      }),
      { numRuns: 800, seed: 42 },
    );
  });

  it("obfuscatedIdentifier and obfuscatedPhone yield strings", () => {
    const [identifier] = fc.sample(obfuscatedIdentifier({ text: "Abu Hamza al-Tunisi", type: "ALIAS" }), { numRuns: 1, seed: 1 });
    const [phone] = fc.sample(obfuscatedPhone("+90 532 418 77 09"), { numRuns: 1, seed: 1 });
    expect(typeof identifier).toBe("string");
    expect(readerDigits(phone ?? "")).toMatch(/5324187709$/);
  });
});
