import { describe, expect, it } from "vitest";
import { marked } from "marked";
import { CONTENT_TYPES } from "@/lib/content/vocabulary";
import { FRAME_LENGTH, MARK_INTERVAL, extractMarks, stripMarks } from "./fingerprint";
import { SECOND_FRAME_FROM_WORDS, markBudgetFor, markFor } from "./mark-budget";
import { renderMarkdownFile, renderPlainTextFile } from "./render-text";

const REFERENCE = "7K2M-Q9XD";
const SHORT_AR = "يعدون الشباب بالراتب والبيت والأخوّة. هذا ما وجده شاب ذهب ثم عاد: كانت الوعود كذباً. لا بيت. الراتب تأخر، ثم صار نصف راتب، ثم انقطع. قبل أن تصدّق الوعود، اسأل الذين رجعوا.";
const LONG_EN = Array.from({ length: 6 }, () => "They promised a salary and a house, and the salary came late, then half, then never.").join(" ");
const frames = (text: string) => (text.length - stripMarks(text).length) / FRAME_LENGTH;

describe("mark budgets", () => {
  it("mark only social posts sparsely; every other type, and an unknown one, keeps the dense mark", () => {
    expect(CONTENT_TYPES.filter((type) => markBudgetFor(type) === "sparse")).toEqual(["SOCIAL_POST"]);
    expect(markBudgetFor("SOMETHING_NEW")).toBe("dense");
    expect(markBudgetFor(undefined)).toBe("dense");
  });

  it("give a short social post one frame and a longer one two, each still naming the download", () => {
    expect(SHORT_AR.split(" ").length).toBeLessThan(SECOND_FRAME_FROM_WORDS);
    const short = markFor("SOCIAL_POST", SHORT_AR, REFERENCE);
    expect(frames(short)).toBe(1);
    expect(extractMarks(short)).toEqual([REFERENCE]);
    const long = markFor("SOCIAL_POST", LONG_EN, REFERENCE);
    expect(frames(long)).toBe(2);
    expect(extractMarks(long)).toEqual([REFERENCE]);
    expect(stripMarks(long)).toBe(LONG_EN);
  });

  it("put a social post's frames inside its middle half, so a trimmed post keeps one", () => {
    const words = markFor("SOCIAL_POST", LONG_EN, REFERENCE).split(" ");
    const quarter = Math.ceil(words.length / 4);
    expect(extractMarks(words.slice(quarter, words.length - quarter).join(" "))).toEqual([REFERENCE]);
    const short = markFor("SOCIAL_POST", SHORT_AR, REFERENCE).split(" ");
    expect(extractMarks(short.slice(Math.ceil(short.length / 4), short.length - Math.ceil(short.length / 4)).join(" "))).toEqual([REFERENCE]);
  });

  it("keep the dense mark for long-form items", () => {
    expect(frames(markFor("ARTICLE", LONG_EN, REFERENCE))).toBe(Math.ceil((LONG_EN.split(" ").length - 1) / MARK_INTERVAL));
    expect(frames(markFor("QUOTE_CARD", SHORT_AR, REFERENCE))).toBeGreaterThan(4);
  });

  it("mark a social post's files in its body only, at most two frames, and leave its Markdown as it was", () => {
    const body = `${SHORT_AR}\n\n> ${LONG_EN}\n\n1. ${SHORT_AR}`;
    const input = { title: "لا بيت ولا راتب", bodyMarkdown: body, preparedFor: "Prepared for Demo Partner · ref 7K2M-Q9XD", reference: REFERENCE, contentType: "SOCIAL_POST" };
    for (const file of [renderMarkdownFile(input), renderPlainTextFile(input)]) {
      expect(frames(file)).toBe(2);
      expect(extractMarks(file)).toEqual([REFERENCE]);
      const [title, , ...rest] = file.split("\n");
      expect(title).toBe(stripMarks(title!));
      expect(rest.at(-2)).toBe(stripMarks(rest.at(-2)!));
    }
    const shape = (text: string) => marked.lexer(text).map((t) => t.type);
    expect(shape(renderMarkdownFile(input))).toEqual(shape(stripMarks(renderMarkdownFile(input))));
    expect(frames(renderPlainTextFile({ ...input, contentType: "ARTICLE" }))).toBeGreaterThan(10);
  });
});
