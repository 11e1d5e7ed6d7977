import { describe, expect, it } from "vitest";
import { marked } from "marked";
import { MARK_INTERVAL, embedMark, extractMarks, extractVisibleReferences, markFrame, newReference, stripMarks, visibleLine } from "./fingerprint";

const TEXT =
  "We were promised a state of justice. We found hunger, not a caliphate. The emirs ate meat while the fighters shared bread, and they called anyone who asked a question a traitor. I left because they were killing Muslims.";
const lex = (text: string) => marked.lexer(text);
const ARABIC = "وعدونا بدولة العدل فوجدنا الجوع لا الخلافة. كان الأمراء يأكلون اللحم والمقاتلون يتقاسمون الخبز. تركتهم لأنهم كانوا يقتلون المسلمين.";

describe("download references", () => {
  it("are eight Crockford characters in two groups", () => {
    for (let i = 0; i < 50; i++) expect(newReference()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it("print as the visible line", () => {
    expect(visibleLine("Demo Partner", "ABCD-1234")).toBe("Prepared for Demo Partner · ref ABCD-1234");
  });

  it("are found in pasted text whatever its case", () => {
    expect(extractVisibleReferences("… prepared for x · ref abcd-1234 and 7K2M-Q9XD")).toEqual(["ABCD-1234", "7K2M-Q9XD"]);
  });
});

describe("invisible mark", () => {
  it("leaves the visible text unchanged", () => {
    const marked = embedMark(TEXT, "7K2M-Q9XD");
    expect(marked).not.toBe(TEXT);
    expect(stripMarks(marked)).toBe(TEXT);
  });

  it("round-trips any reference", () => {
    for (let i = 0; i < 200; i++) {
      const reference = newReference();
      expect(extractMarks(embedMark(TEXT, reference))).toEqual([reference]);
    }
  });

  it("survives in every excerpt of MARK_INTERVAL + 1 words, in English and Arabic", () => {
    for (const text of [TEXT, ARABIC]) {
      const words = embedMark(text, "7K2M-Q9XD").split(" ");
      for (let start = 0; start + MARK_INTERVAL + 1 <= words.length; start++) {
        const excerpt = words.slice(start, start + MARK_INTERVAL + 1).join(" ");
        expect(extractMarks(excerpt), excerpt).toEqual(["7K2M-Q9XD"]);
      }
    }
  });

  it("never sits inside a word, a URL or Markdown emphasis", () => {
    const marked = embedMark("Read **this** at https://example.org/a-b and _that_ too, one two three four five six", "ABCD-1234");
    expect(marked).toContain("https://example.org/a-b");
    expect(marked).toContain("**this**");
    expect(marked).toContain("_that_");
  });

  it("leaves the Markdown structure as it was: lists, headings, quotes and code", () => {
    const markdown = "# The promises\n\n1. one two three four five six seven\n2. eight nine ten eleven twelve\n3. thirteen fourteen\n\n> they said this and that and more\n\n```\ncode with many words in it here\n```\n\n    indented code with words in it\n\nlast paragraph with a few words to mark";
    const marked = embedMark(markdown, "ABCD-1234");
    const shape = (text: string) => lex(text).map((t) => t.type);
    expect(shape(marked)).toEqual(shape(markdown));
    expect(marked.split("\n").every((line) => !/^[\u2063\u200B\u2060-\u2062]/.test(line))).toBe(true);
    expect(marked).toContain("```\ncode with many words in it here\n```");
    expect(marked).toContain("    indented code with words in it");
  });

  it("rejects a frame damaged by an edit", () => {
    const frame = markFrame("ABCD-1234");
    const damaged = frame.slice(0, 5) + (frame[5] === "\u200B" ? "\u2060" : "\u200B") + frame.slice(6);
    expect(extractMarks(`a ${damaged}b`)).toEqual([]);
  });

  it("reports each download when excerpts of two are combined", () => {
    const a = embedMark(TEXT, "AAAA-1111");
    const b = embedMark(ARABIC, "BBBB-2222");
    expect(extractMarks(`${a}\n${b}`)).toEqual(["AAAA-1111", "BBBB-2222"]);
  });
});
