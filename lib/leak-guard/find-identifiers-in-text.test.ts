import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { findIdentifiersInText } from "./find-identifiers-in-text";
import { keyHasher } from "./identifier-index/index-hash";
import { memoryIndex } from "./identifier-index/memory-index";

// The dictionary of the security review's examples (invented).
const index = await memoryIndex(
  [
    {
      id: "s1",
      realName: "Sardar Khoshnaw",
      entries: [
        { text: "Rashid Tawfiq", type: "PERSON", variants: ["رشيد توفيق"] },
        { text: "Kamal Nouri", type: "PERSON", variants: ["كمال نوري"] },
        { text: "+90 532 418 77 09", type: "CONTACT" },
        { text: "Tal Abyad", type: "LOCATION" },
        { text: "Kafr Nasir", type: "LOCATION" },
        { text: "Abu Hamza al-Tunisi", type: "ALIAS", variants: ["أبو حمزة"] },
        { text: "rashid.t@example.org", type: "CONTACT" },
      ],
    },
  ],
  keyHasher(randomBytes(32)),
);

const blocked = async (text: string) => (await findIdentifiersInText(text, index)).length > 0;

describe("findIdentifiersInText", () => {
  it.each([
    ["zero-width space inside both words", "He said Ra\u200bshid Taw\u200bfiq was there."],
    ["soft hyphen", "He said Ra\u00adshid Taw\u00adfiq was there."],
    ["word joiner", "He said Ra\u2060shid Taw\u2060fiq was there."],
    ["Cyrillic look-alikes", "He said Raѕhid Тawfiq was there."],
    ["fullwidth letters", "He said Ｒａｓｈｉｄ Ｔａｗｆｉｑ was there."],
    ["mathematical bold", "He said 𝐑𝐚𝐬𝐡𝐢𝐝 𝐓𝐚𝐰𝐟𝐢𝐪 was there."],
    ["right-to-left override", "He said \u202eqifwat dihsar\u202c was there."],
    ["Arabic presentation forms", "قال ﺭﺷﻴﺪ ﺗﻮﻓﻴﻖ إنه كان هناك"],
    ["keheh for kaf", "قال کمال نوري"],
    ["Farsi yeh", "قال كمال نوری"],
    ["ZWNJ inside Arabic", "قال رش\u200cيد توفيق"],
    ["kunya in presentation forms", "قال ﺃﺑﻮ ﺣﻤﺰﺓ"],
    ["phone with spaced dashes", "Call 0532 - 418 - 77 - 09 now"],
    ["phone with middle dots", "Call 0532·418·7709 now"],
    ["phone in fullwidth digits", "Call ０５３２ ４１８ ７７ ０９ now"],
    ["phone in Arabic-Indic digits", "رقمه ٠٥٣٢ ٤١٨ ٧٧ ٠٩"],
    ["phone partly bold", "Call 0532 418 **77 09** now"],
    ["phone split by a line break", "Call 0532 418\n77 09 now"],
    ["phone without trunk zero", "Call 532 418 7709"],
    ["place across a line break", "He lived in Tal\nAbyad for years."],
    ["word hyphenated across a line", "He said Ra-\nshid Tawfiq was there."],
    ["place written as one word", "He came from Kafrnasir."],
    ["real name, never in the dictionary", "Sardar Khoshnaw described the checkpoint."],
    ["family name of the real name alone", "Khoshnaw described the checkpoint."],
    ["email in other case", "Write to Rashid.T@Example.org"],
    ["lower-case name", "he said rashid tawfiq was there"],
  ])("blocks %s", async (_, text) => {
    expect(await blocked(text)).toBe(true);
  });

  it.each([
    ["ordinary prose", "The younger ones and the other fighters said nothing about the hunger."],
    ["the Prophet", "The Prophet Muhammad never promised them salaries."],
    ["Arabic prepositions", "ذهبنا إلى المدينة على الأقدام حتى الصباح"],
    ["a year and a percentage", "In 2014, 80% of them joined; by 2016 most had left."],
  ])("lets %s pass", async (_, text) => {
    expect(await blocked(text)).toBe(false);
  });

  it("matches a family name alone but not a common given name alone", async () => {
    const fromDictionary = async (text: string) => (await findIdentifiersInText(text, index)).filter((h) => h.fromDictionary).length;
    expect(await fromDictionary("We met Nouri at the border.")).toBe(1);
    expect(await fromDictionary("We met Kamal at the border.")).toBe(0);
  });

  it("reports positions in the original text, not the canonical one", async () => {
    const text = "He said Ra\u200bshid Taw\u200bfiq was there.";
    const [hit] = await findIdentifiersInText(text, index);
    expect(text.slice(hit!.start, hit!.end)).toBe("Ra\u200bshid Taw\u200bfiq");
  });
});
