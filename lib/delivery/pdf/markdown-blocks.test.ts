import { describe, expect, it } from "vitest";
import { markdownBlocks, type TextBlock } from "./markdown-blocks";

const texts = (markdown: string) =>
  markdownBlocks(markdown).flatMap((b) => (b.kind === "text" ? [b.runs.map((r) => r.text).join("")] : ["<hr>"]));
const textBlocks = (markdown: string) => markdownBlocks(markdown).filter((b): b is TextBlock => b.kind === "text");

describe("markdownBlocks", () => {
  it("drops raw HTML blocks and inline tags but keeps the words between inline tags", () => {
    expect(texts("<script>alert(1)</script>\n\nHello <b>there</b> &amp; bye")).toEqual(["Hello there & bye"]);
  });

  it("drops images and keeps link text only", () => {
    expect(texts("See ![a photo](https://example.org/x.png) [the report](https://example.org)")).toEqual(["See the report"]);
  });

  it("marks headings, emphasis and quotes", () => {
    const [heading, paragraph, quote, nested] = textBlocks("## Title\n\nSome **bold** and *soft*\n\n> quoted\n> > deeper");
    expect(heading?.role).toBe("h2");
    expect(paragraph?.runs).toEqual([
      { text: "Some ", bold: false, italic: false },
      { text: "bold", bold: true, italic: false },
      { text: " and ", bold: false, italic: false },
      { text: "soft", bold: false, italic: true },
    ]);
    expect([quote?.quoteDepth, nested?.quoteDepth]).toEqual([1, 2]);
  });

  it("numbers ordered lists from their start and nests bullets", () => {
    const blocks = textBlocks("3. three\n4. four\n   - inner");
    expect(blocks.map((b) => [b.marker, b.listDepth])).toEqual([["3.", 1], ["4.", 1], ["•", 2]]);
  });

  it("turns soft line breaks into spaces and hard breaks into newlines", () => {
    expect(texts("one\ntwo  \nthree")).toEqual(["one two\nthree"]);
  });

  it("keeps rules and code", () => {
    expect(texts("a\n\n---\n\n```\nx = 1\ny = 2\n```")).toEqual(["a", "<hr>", "x = 1\ny = 2"]);
  });
});
