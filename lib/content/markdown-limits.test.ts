import { describe, expect, it } from "vitest";
import { marked } from "marked";
import { withLocale } from "@/lib/i18n/translate";
import { renderMarkdown } from "./render-markdown";
import { lexMarkdown, MARKDOWN_MAX_DEPTH, markdownLimitProblem, markdownNestingDepth, markdownShape, MarkdownTooComplex } from "./markdown-limits";
import { CreateItemInput } from "./schemas";
import { validationMessage } from "@/lib/i18n/validation-messages";

const nestedList = (depth: number, indent = 2) => Array.from({ length: depth }, (_, i) => `${" ".repeat(i * indent)}- level ${i + 1}`).join("\n");

describe("Markdown nesting depth", () => {
  it.each([
    ["plain text", "Just a paragraph.\n\nAnother one.", 0],
    ["a quote", "> quoted", 1],
    ["nested quotes on one line", "> > > three", 3],
    ["2,000 nested quotes", `${">".repeat(2000)} deep`, 2000],
    ["a flat list", "- a\n- b\n- c", 1],
    ["a list nested five deep", nestedList(5), 5],
    ["an ordered list nested by three spaces", "1. a\n   1. b\n      1. c", 3],
    ["a list in a quote", "> - a\n>   - b", 3],
    ["markers on one line", "> - > - x", 4],
    ["a list back at the margin after a nested one", `${nestedList(4)}\n\n- again`, 4],
    ["quote markers inside fenced code", "```\n>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>\n```\ntext", 0],
    ["an unclosed fence", "~~~\n>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>", 0],
  ])("counts %s", (_, markdown, depth) => {
    expect(markdownNestingDepth(markdown)).toBe(depth);
  });

  it("never counts less than marked nests, on lists and quotes mixed", () => {
    const mixed = [...Array.from({ length: 8 }, (_, i) => `${"> ".repeat(i)}- item ${i}`), ...Array.from({ length: 6 }, (_, i) => `${"> ".repeat(7)}${"  ".repeat(i)}- sub ${i}`)].join("\n");
    let deepest = 0;
    const walk = (tokens: { type: string; tokens?: unknown[]; items?: unknown[] }[], depth: number) => {
      for (const t of tokens) {
        const here = t.type === "blockquote" || t.type === "list_item" ? depth + 1 : depth;
        deepest = Math.max(deepest, here);
        walk((t.tokens ?? []) as never, here);
        walk((t.items ?? []) as never, here);
      }
    };
    walk(marked.lexer(mixed) as never, 0);
    expect(deepest).toBeGreaterThan(8);
    expect(markdownNestingDepth(mixed)).toBeGreaterThanOrEqual(deepest);
  });
});

describe("Markdown limits", () => {
  it("names the limit that a body is past", () => {
    expect(markdownLimitProblem(nestedList(MARKDOWN_MAX_DEPTH))).toBeNull();
    expect(markdownLimitProblem(nestedList(MARKDOWN_MAX_DEPTH + 1))).toBe("Nest quotes and lists at most 20 levels deep (quotes and lists count together).");
    expect(markdownLimitProblem("a".repeat(100_001))).toBe("Keep the body under 100,000 characters.");
    expect(markdownLimitProblem("a".repeat(100_000))).toBeNull();
    // marked's emphasis matching is quadratic in one paragraph's marks: "_a" 50,000 times took 13 s.
    expect(markdownLimitProblem("_a".repeat(49_000))).toBe("Use at most 500 emphasis marks (* and _) in one paragraph: split it with a blank line, or remove some.");
    expect(markdownLimitProblem(Array.from({ length: 100 }, () => "_a".repeat(250)).join("\n\n"))).toBeNull();
  });

  it("counts emphasis marks per paragraph, resetting at a blank line and skipping fenced code", () => {
    expect(markdownShape("**bold** and _it_\nstill the same *paragraph*").emphasisMarks).toBe(8);
    expect(markdownShape("**a**\n\n__b__").emphasisMarks).toBe(4);
    expect(markdownShape("```\n" + "_".repeat(900) + "\n```\ntext").emphasisMarks).toBe(0);
  });

  it("refuses a body past them at the save boundary, with the limit in the (translated) message", () => {
    const base = { type: "ARTICLE", title: "T", language: "en", channels: ["WEB"] };
    const deep = CreateItemInput.safeParse({ ...base, body: `${">".repeat(2000)} x` });
    expect(deep.success).toBe(false);
    expect(deep.error?.issues.map((i) => validationMessage(i.message))).toEqual(["Nest quotes and lists at most 20 levels deep (quotes and lists count together)."]);
    const long = CreateItemInput.safeParse({ ...base, body: "a ".repeat(60_000) });
    expect(long.error?.issues.map((i) => validationMessage(i.message))).toEqual(["Keep the body under 100,000 characters."]);
  });

  it("renders a stored body past them as a notice instead of crashing", () => {
    expect(() => lexMarkdown(`${">".repeat(2000)} x`)).toThrow(MarkdownTooComplex);
    const html = renderMarkdown(`${">".repeat(2000)} x`);
    expect(html).toContain('role="alert"');
    expect(html).toContain("at most 20 levels deep");
    expect(html).not.toContain("<blockquote>");
  });

  it("names the problem in the reader's language", () => {
    const html = withLocale("ar", () => renderMarkdown(`${">".repeat(2000)} x`));
    expect(html).toContain("لا يمكن عرض هذا النص");
    expect(html).not.toMatch(/levels deep|cannot be shown/);
  });
});
