import { describe, expect, it } from "vitest";
import { FRAME_LENGTH, heaviestFrameStandIn, markFrame } from "./fingerprint";
import { graphemeLength, lengthOn, PLATFORM_LIMITS, PLATFORMS, utf16Length, xWeightedLength } from "./platform-length";

describe("X's weighted length (twitter-text config v3)", () => {
  it.each([
    ["Latin letters and punctuation weigh 1", "Hunger, not a caliphate.", 24],
    ["Arabic letters weigh 1", "لا بيت ولا راتب", 15],
    ["Arabic with harakat: each mark is a code point of weight 1", "كَذِب", 5],
    ["CJK weighs 2", "飢餓", 4],
    ["curly quotes and dashes (U+2010–U+201F) weigh 1", "“yes” — no", 10],
    ["an emoji weighs 2", "🙂", 2],
    ["a skin-toned emoji is one emoji", "👍🏽", 2],
    ["a family (ZWJ sequence) is one emoji", "👨‍👩‍👧", 2],
    ["a flag is one emoji", "🇫🇷", 2],
    ["a keycap is one emoji", "1️⃣", 2],
    ["© alone stays light", "©", 1],
    ["a link weighs 23 however long", "see https://example.org/a/very/long/path/that/goes/on/and/on", 4 + 23],
    ["a short link weighs 23 too", "https://x.org", 23],
    ["a bare domain with a known top-level domain is a link", "read example.org/about now", 5 + 23 + 4],
    ["a full stop after a link is not part of it", "go to https://example.org.", 6 + 23 + 1],
    ["a file name is not a link", "notes.txt", 9],
    ["an Arabic sentence with a link", "اقرأ هنا: https://example.org/ar", 10 + 23],
    ["U+200B weighs 1", "\u200B", 1],
    ["U+2060–U+2063 weigh 2", "\u2060\u2061\u2062\u2063", 8],
    ["text is counted in NFC: e + combining acute is one light code point", "e\u0301", 1],
  ])("%s", (_, text, expected) => {
    expect(xWeightedLength(text)).toBe(expected);
  });

  it("weighs a mark frame between 26 and 50, and the stand-in at the most", () => {
    const heaviest = xWeightedLength(heaviestFrameStandIn());
    expect(heaviest).toBe(2 * FRAME_LENGTH);
    for (const reference of ["AAAA-AAAA", "0000-0000", "ZZZZ-ZZZZ", "7K2M-Q9XD"]) {
      const weight = xWeightedLength(markFrame(reference));
      expect(weight).toBeGreaterThanOrEqual(FRAME_LENGTH + 1);
      expect(weight).toBeLessThanOrEqual(heaviest);
    }
  });
});

describe("graphemes (Bluesky)", () => {
  it.each([
    ["Arabic letters", "لا بيت ولا راتب", 15],
    ["Arabic letter with harakat is one grapheme", "كَذِب", 3],
    ["an emoji sequence is one", "👨‍👩‍👧 🇫🇷", 3],
    ["each invisible mark character is one", "a\u2063\u200B\u2060b", 5],
  ])("%s", (_, text, expected) => {
    expect(graphemeLength(text)).toBe(expected);
  });

  it("count a frame in full", () => {
    expect(graphemeLength(markFrame("7K2M-Q9XD"))).toBe(FRAME_LENGTH);
  });
});

describe("UTF-16 units (Threads, Instagram, LinkedIn, Telegram, Facebook)", () => {
  it("count an emoji outside the BMP as 2 and Arabic as 1 a letter", () => {
    expect(utf16Length("🙂")).toBe(2);
    expect(utf16Length("لا بيت")).toBe(6);
    expect(utf16Length("👨‍👩‍👧")).toBe(8);
  });

  it("never count less than graphemes, so a text that fits by them fits", () => {
    for (const text of ["لا بيت 🙂", "👨‍👩‍👧 e\u0301", markFrame("7K2M-Q9XD")]) expect(utf16Length(text)).toBeGreaterThanOrEqual(graphemeLength(text));
  });
});

describe("platforms", () => {
  it("each have a limit and a way of counting", () => {
    expect(PLATFORMS.map((p) => [p, PLATFORM_LIMITS[p].limit])).toEqual([
      ["x", 280],
      ["bluesky", 300],
      ["threads", 500],
      ["instagram", 2200],
      ["linkedin", 3000],
      ["telegram", 4096],
      ["facebook", 63206],
    ]);
    expect(lengthOn("x", "飢餓")).toBe(4);
    expect(lengthOn("bluesky", "飢餓")).toBe(2);
    expect(lengthOn("threads", "🙂")).toBe(2);
  });
});
