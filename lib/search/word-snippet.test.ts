import { describe, expect, it } from "vitest";
import { wordSnippet } from "./snippet";

describe("a snippet of decrypted testimony around the words searched", () => {
  it("marks every matching word, whatever its case, and keeps the text between as it was", () => {
    expect(wordSnippet("The Emirs kept the houses; the emirs ate.", ["emirs"])).toEqual([
      { text: "The ", match: false },
      { text: "Emirs", match: true },
      { text: " kept the houses; the ", match: false },
      { text: "emirs", match: true },
      { text: " ate", match: false },
    ]);
  });

  it("cuts a long text to a window around the first match, with an ellipsis on each cut side", () => {
    const words = Array.from({ length: 200 }, (_, i) => `w${i}`);
    words[120] = "salary";
    const parts = wordSnippet(words.join(" "), ["salary"], 30);
    const text = parts.map((p) => p.text).join("");
    expect(text.startsWith("… ")).toBe(true);
    expect(text.endsWith(" …")).toBe(true);
    expect(text.split(/\s+/).filter((w) => /^w\d+$|^salary$/.test(w))).toHaveLength(30);
    expect(parts.filter((p) => p.match)).toEqual([{ text: "salary", match: true }]);
  });

  it("matches Arabic words and leaves unmatched text unmarked", () => {
    const parts = wordSnippet("وجدنا الجوع لا الخلافة", ["الجوع"]);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(["الجوع"]);
    expect(wordSnippet("nothing here", ["salary"])).toEqual([{ text: "nothing here", match: false }]);
  });
});
