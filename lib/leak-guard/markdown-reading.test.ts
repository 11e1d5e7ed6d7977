import { describe, expect, it } from "vitest";
import { readMarkdown } from "./markdown-reading";

const spanOf = (source: string, word: string) => {
  const reading = readMarkdown(source);
  const at = reading.text.indexOf(word);
  if (at < 0) return null;
  return source.slice(reading.from[at], reading.to[at + word.length - 1]);
};

describe("readMarkdown", () => {
  it.each([
    ["emphasis inside a word", "He said Ra**sh**id was there.", "Ra**sh**id"],
    ["code inside a word", "He said Ra`sh`id was there.", "Ra`sh`id"],
    ["an HTML comment inside a word", "He said Ra<!---->shid was there.", "Ra<!---->shid"],
    ["a numeric entity", "He said R&#97;shid was there.", "R&#97;shid"],
    ["a hex entity", "He said R&#x61;shid was there.", "R&#x61;shid"],
    ["a tag inside a word", "He said Ra<b>sh</b>id was there.", "Ra<b>sh</b>id"],
    ["a link inside a word", "He said [Ra](https://example.org)shid was there.", "Ra](https://example.org)shid"],
    ["a quote over two lines", "> first line\n> Ra**sh**id second", "Ra**sh**id"],
    ["a list item", "- one\n- Ra`sh`id two", "Ra`sh`id"],
    ["a table cell", "| a | b |\n|---|---|\n| x | Ra**sh**id |", "Ra**sh**id"],
    ["image alt text", "![Rashid at home](x.png)", "Rashid"],
    ["an escaped character", "Ra\\*shid", "Ra\\*shid"],
  ])("reads %s as the word and points at it", (_, source, where) => {
    const word = source.includes("\\*") ? "Ra*shid" : "Rashid";
    expect(readMarkdown(source).text).toContain(word);
    expect(spanOf(source, word)).toBe(where);
  });

  it("shows the text of raw HTML blocks, not their tags", () => {
    expect(readMarkdown("<div>\nRashid Tawfiq\n</div>").text).toContain("Rashid Tawfiq");
  });

  it("keeps paragraphs apart", () => {
    expect(readMarkdown("one\n\ntwo").text).toMatch(/one\s+two/);
  });

  it("does not read link targets or definitions, which no reader sees", () => {
    const text = readMarkdown("See [this](https://example.org/rashid).\n\n[ref]: https://x.example \"Tawfiq\"").text;
    expect(text).not.toContain("rashid");
    expect(text).not.toContain("Tawfiq");
  });
});
