import { describe, expect, it } from "vitest";
import {
  HARAKAT, alifHamzaVariant, alifMaqsuraYaSwap, arabicPresentationForms, kurdishKeyboardLetters, persianKeyboardLetters,
  taMarbutaHaSwap, tatweelInWord, withTashkeel, zeroWidthNonJoinerInArabicWord,
} from "./obfuscations";

const removeMarks = (text: string) => text.replace(/[\u064B-\u065F\u0670]/g, "");

describe("Arabic presentation forms", () => {
  it.each([
    ["محمد", "ﻣﺤﻤﺪ", "initial, medial, medial, final"],
    ["علي", "ﻋﻠﻲ", "final yaa"],
    ["أبو حمزة", "ﺃﺑﻮ ﺣﻤﺰﺓ", "alef isolated (it never joins forward); taa marbuta isolated after zain"],
    ["سلام", "ﺳﻼﻡ", "lam-alef ligature in final form"],
    ["لا", "ﻻ", "lam-alef ligature in isolated form"],
    ["مـحمد", "ﻣـﺤﻤﺪ", "tatweel joins on both sides"],
    ["مُحَمَّد", "ﻣُﺤَﻤَّﺪ", "tashkeel is transparent to joining"],
    ["م\u200Cحمد", "ﻡ\u200Cﺣﻤﺪ", "ZWNJ breaks the joining"],
    ["کریم", "ﮐﺮﯾﻢ", "Persian kaf and yeh from Presentation Forms-A"],
  ])("writes %s as %s (%s)", (text, expected) => {
    expect(arabicPresentationForms(text)).toBe(expected);
    expect(arabicPresentationForms(text).normalize("NFKC")).toBe(text.normalize("NFKC"));
  });

  it("can keep lam and alef apart instead of the ligature", () => {
    expect(arabicPresentationForms("سلام", false)).toBe("ﺳﻠﺎﻡ");
  });

  it("leaves no base Arabic letter behind and NFKC restores every letter in every position", () => {
    const letters = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي";
    const words = [...letters].flatMap((l) => [l, `${l}ب`, `ب${l}`, `ب${l}ب`]);
    for (const word of words) {
      const forms = arabicPresentationForms(word, false);
      expect(forms).not.toMatch(/[\u0621-\u064A]/);
      expect(forms.normalize("NFKC")).toBe(word.normalize("NFKC"));
    }
  });
});

describe("Arabic spelling variants", () => {
  it.each([
    ["persianKeyboardLetters", persianKeyboardLetters("كريم علي مصطفى"), "کریم علی مصطفی"],
    ["kurdishKeyboardLetters, final heh and taa marbuta", kurdishKeyboardLetters("حمزة عبد الله"), "حمزە عبد اللە"],
    ["kurdishKeyboardLetters, consonant heh", kurdishKeyboardLetters("هشام"), "ھشام"],
    ["tatweelInWord", tatweelInWord("محمد"), "مـحمد"],
    ["tatweelInWord skips right-joining letters", tatweelInWord("داود"), "داود"],
    ["withTashkeel", withTashkeel("محمد", [HARAKAT.damma, HARAKAT.fatha, HARAKAT.shadda + HARAKAT.fatha, HARAKAT.sukun]), "م\u064Fح\u064Eم\u0651\u064Eد\u0652"],
    ["alifHamzaVariant, bare", alifHamzaVariant("أبو إبراهيم"), "ابو ابراهيم"],
    ["alifHamzaVariant, hamza below", alifHamzaVariant("أحمد", "إ"), "إحمد"],
    ["alifMaqsuraYaSwap", alifMaqsuraYaSwap("علي مصطفى"), "على مصطفي"],
    ["alifMaqsuraYaSwap with tashkeel", alifMaqsuraYaSwap("عَلِيّ"), "عَلِىّ"],
    ["taMarbutaHaSwap", taMarbutaHaSwap("حمزة طلحه"), "حمزه طلحة"],
    ["zeroWidthNonJoinerInArabicWord", zeroWidthNonJoinerInArabicWord("محمد"), "م\u200Cحمد"],
  ])("%s writes %j", (_name, written, expected) => {
    expect(written).toBe(expected);
  });

  it("tashkeel and tatweel are undone by removing marks and U+0640", () => {
    expect(removeMarks(withTashkeel("أبو عمر الشامي"))).toBe("أبو عمر الشامي");
    expect(tatweelInWord("أبو عمر", 1).replace(/\u0640/g, "")).toBe("أبو عمر");
  });

  it("keeps the alef of a long vowel inside a word", () => {
    expect(alifHamzaVariant("سالم", "أ")).toBe("سالم");
    expect(alifHamzaVariant("ابو سالم", "أ")).toBe("أبو سالم");
  });
});
