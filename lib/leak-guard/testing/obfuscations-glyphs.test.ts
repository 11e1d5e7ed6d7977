import { describe, expect, it } from "vitest";
import {
  INVISIBLES, MATH_STYLES, cyrillicLookalikes, fullwidthForms, greekLookalikes, invisibleBetweenAllLetters, invisibleInWord,
  mathAlphanumerics, rightToLeftOverride, type InvisibleName,
} from "./obfuscations";
import { visualOrder } from "./reader-view";
import unhomoglyph from "unhomoglyph";

const removeDefaultIgnorables = (text: string) => text.replace(/\p{Default_Ignorable_Code_Point}/gu, "");

describe("invisible characters", () => {
  it.each(Object.entries(INVISIBLES) as [InvisibleName, string][])("puts %s inside the word and removing default-ignorables undoes it", (name, char) => {
    const written = invisibleInWord("Rashid", 1, name);
    expect(written).toBe(`Ra${char}shid`);
    expect(removeDefaultIgnorables(written)).toBe("Rashid");
  });

  it("can put one between every two letters, words kept apart", () => {
    expect(invisibleBetweenAllLetters("Abu Ali")).toBe("A\u200Bb\u200Bu A\u200Bl\u200Bi");
    expect(removeDefaultIgnorables(invisibleBetweenAllLetters("أبو علي", "zeroWidthNonJoiner"))).toBe("أبو علي");
  });
});

describe("look-alike letters", () => {
  it.each([
    ["cyrillicLookalikes all", cyrillicLookalikes("Abu Hamza"), "Аbu Наmzа"],
    ["cyrillicLookalikes one letter", cyrillicLookalikes("Rashid", 0), "Rаshid"],
    ["greekLookalikes all", greekLookalikes("KARIM HADDAD"), "ΚΑRΙΜ ΗΑDDΑD"],
    ["fullwidthForms", fullwidthForms("Rashid-77"), "Ｒａｓｈｉｄ－７７"],
  ])("%s writes %j", (_name, written, expected) => {
    expect(written).toBe(expected);
  });

  it("swaps only letters whose twin is confusable (unhomoglyph reads the original)", () => {
    expect(unhomoglyph(cyrillicLookalikes("Abu Hamza al-Shami"))).toBe(unhomoglyph("Abu Hamza al-Shami"));
    expect(unhomoglyph(greekLookalikes("KARIM HADDAD"))).toBe(unhomoglyph("KARIM HADDAD"));
  });

  it("writes fullwidth forms that NFKC turns back into ASCII", () => {
    expect(fullwidthForms("Abu Hamza +90 532").normalize("NFKC")).toBe("Abu Hamza +90 532");
  });

  it.each([
    ["bold", "𝐑𝐚𝐬𝐡𝐢𝐝 𝟒𝟐"],
    ["italic", "𝑅𝑎𝑠ℎ𝑖𝑑 42"],
    ["script", "ℛ𝒶𝓈𝒽𝒾𝒹 42"],
    ["double-struck", "ℝ𝕒𝕤𝕙𝕚𝕕 𝟜𝟚"],
    ["monospace", "𝚁𝚊𝚜𝚑𝚒𝚍 𝟺𝟸"],
    ["fraktur", "ℜ𝔞𝔰𝔥𝔦𝔡 42"],
  ] as const)("writes mathematical %s letters", (style, expected) => {
    expect(mathAlphanumerics("Rashid 42", style)).toBe(expected);
  });

  it.each(MATH_STYLES)("maps every ASCII letter and digit in %s style to a character NFKC turns back", (style) => {
    const ascii = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const written = mathAlphanumerics(ascii, style);
    expect(written).not.toMatch(/[A-Za-z]/);
    expect(written.normalize("NFKC")).toBe(ascii);
  });

  it("stores a right-to-left override run backwards and displays it forwards", () => {
    const written = rightToLeftOverride("Rashid");
    expect(written).toBe("\u202EdihsaR\u202C");
    expect(written).not.toContain("Rashid");
    expect(removeDefaultIgnorables(visualOrder(written))).toBe("Rashid");
  });

  it("reverses whole characters, so an accented or astral letter survives the override", () => {
    expect(removeDefaultIgnorables(visualOrder(rightToLeftOverride("Rêbwar")))).toBe("Rêbwar");
    expect(rightToLeftOverride("𝐀𝐛𝐮")).toBe("\u202E𝐮𝐛𝐀\u202C");
  });
});
