import { describe, expect, it } from "vitest";
import {
  digitsInScript, hyphenatedLineBreak, lineBreakBetweenWords, mixedDigitScripts, phoneBoldTail, phoneDashed, phoneDotted,
  phoneMiddleDots, phoneParenthesisedArea, phoneSpaced, phoneSpacedDashes, phoneSplitByNewline, phoneSplitByZeroWidthSpace,
} from "./obfuscations";
import { readerDigits, readerView } from "./reader-view";

describe("digits", () => {
  it.each([
    ["arabicIndic", "٠٥٣٢ ٤١٨ ٧٧ ٠٩"],
    ["persian", "۰۵۳۲ ۴۱۸ ۷۷ ۰۹"],
    ["devanagari", "०५३२ ४१८ ७७ ०९"],
    ["fullwidth", "０５３２ ４１８ ７７ ０９"],
    ["mathBold", "𝟎𝟓𝟑𝟐 𝟒𝟏𝟖 𝟕𝟕 𝟎𝟗"],
  ] as const)("writes every digit in %s", (script, expected) => {
    expect(digitsInScript("0532 418 77 09", script)).toBe(expected);
  });

  it("mixes scripts inside one number", () => {
    expect(mixedDigitScripts("0532", ["ascii", "arabicIndic", "persian", "fullwidth"])).toBe("0٥۳２");
  });

  it("NFKC undoes fullwidth and mathematical digits but not Arabic-Indic or Persian ones", () => {
    expect(digitsInScript("0532", "fullwidth").normalize("NFKC")).toBe("0532");
    expect(digitsInScript("0532", "mathMonospace").normalize("NFKC")).toBe("0532");
    expect(digitsInScript("0532", "arabicIndic").normalize("NFKC")).toBe("٠٥٣٢");
    expect(digitsInScript("0532", "persian").normalize("NFKC")).toBe("۰۵۳۲");
    expect(readerDigits(mixedDigitScripts("05324187709", ["arabicIndic", "persian", "devanagari", "bengali"]))).toBe("05324187709");
  });
});

describe("phone layouts", () => {
  const phone = "+90 532 418 77 09";
  it.each([
    ["phoneSpaced", phoneSpaced(phone), "0532 418 77 09"],
    ["phoneSpaced +CC", phoneSpaced(phone, "plus"), "+90 532 418 77 09"],
    ["phoneSpaced 00CC", phoneSpaced(phone, "double-zero"), "0090 532 418 77 09"],
    ["phoneSpaced bare", phoneSpaced(phone, "none"), "532 418 77 09"],
    ["phoneDashed", phoneDashed(phone), "0532-418-7709"],
    ["phoneSpacedDashes", phoneSpacedDashes(phone), "0532 - 418 - 77 - 09"],
    ["phoneMiddleDots", phoneMiddleDots(phone), "0532·418·7709"],
    ["phoneDotted", phoneDotted(phone), "0532.418.77.09"],
    ["phoneParenthesisedArea", phoneParenthesisedArea(phone), "(0532) 418 7709"],
    ["phoneParenthesisedArea +CC", phoneParenthesisedArea(phone, "plus"), "+90 (532) 418 7709"],
    ["phoneBoldTail", phoneBoldTail(phone), "0532 418 **77 09**"],
    ["phoneSplitByNewline", phoneSplitByNewline(phone), "0532 418\n77 09"],
    ["phoneSplitByNewline CRLF", phoneSplitByNewline(phone, "trunk", "\r\n"), "0532 418\r\n77 09"],
    ["phoneSplitByZeroWidthSpace", phoneSplitByZeroWidthSpace(phone), "053241\u200B87709"],
    ["Syrian number, local", phoneSpaced("+963 944 123 456"), "0944 123 456"],
    ["French number, dotted", phoneDotted("+33 6 12 34 56 78"), "06.12.34.56.78"],
    ["Tunisian number has no trunk zero", phoneSpaced("+216 22 123 456"), "22 123 456"],
    ["a local number keeps its trunk zero", phoneDashed("0532 418 77 09", "plus"), "0532-418-7709"],
  ])("%s writes %j", (_name, written, expected) => {
    expect(written).toBe(expected);
  });

  it("every layout still reads as the same national digits", () => {
    for (const layout of [phoneSpaced, phoneDashed, phoneSpacedDashes, phoneMiddleDots, phoneDotted, phoneParenthesisedArea, phoneBoldTail, phoneSplitByNewline, phoneSplitByZeroWidthSpace]) {
      expect(readerDigits(layout(phone, "trunk"))).toBe("05324187709");
    }
  });
});

describe("line wraps", () => {
  it.each([
    ["lineBreakBetweenWords", "Tal Abyad", lineBreakBetweenWords("Tal Abyad"), "Tal\nAbyad"],
    ["lineBreakBetweenWords, second space", "Abu Hamza al-Tunisi", lineBreakBetweenWords("Abu Hamza al-Tunisi", 1), "Abu Hamza\nal-Tunisi"],
    ["lineBreakBetweenWords CRLF", "تل أبيض", lineBreakBetweenWords("تل أبيض", 0, "\r\n"), "تل\r\nأبيض"],
    ["hyphenatedLineBreak", "Rashid", hyphenatedLineBreak("Rashid", 1), "Ra-\nshid"],
    ["hyphenatedLineBreak CRLF", "Rashid", hyphenatedLineBreak("Rashid", 1, "\r\n"), "Ra-\r\nshid"],
  ])("%s of %j writes %j, read as the identifier", (_name, original, written, expected) => {
    expect(written).toBe(expected);
    expect(written).not.toContain(original);
    expect(readerView(written)).toBe(readerView(original));
  });
});

describe("numbers of unknown country", () => {
  it("keep the trunk they were written with", () => {
    expect(phoneDashed("21 887 928", "double-zero")).toBe("218-879-28");
    expect(phoneSpaced("0944 123 456", "plus")).toBe("0944 123 456");
  });

  it("are never hyphenated inside digits", () => {
    expect(hyphenatedLineBreak("A28640377")).toBe("A28640377");
  });
});
