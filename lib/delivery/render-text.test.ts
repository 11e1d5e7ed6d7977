import { describe, expect, it } from "vitest";
import { extractMarks, stripMarks } from "./fingerprint";
import { renderMarkdownFile, renderPlainTextFile } from "./render-text";

const input = {
  title: "We found hunger, not a caliphate",
  bodyMarkdown: "They told us **salaries** would be paid.\n\n> The emirs ate meat while we shared bread.\n\n- broken promises\n- brutality\n\n<script>alert(1)</script>\n\nRead more at [our site](https://example.org).",
  preparedFor: "Prepared for Demo Partner · ref 7K2M-Q9XD",
  reference: "7K2M-Q9XD",
};

describe("text renderings", () => {
  it("Markdown keeps the body, adds the attribution and ends with the visible line", () => {
    const file = renderMarkdownFile(input);
    const visible = stripMarks(file);
    expect(visible.startsWith("# We found hunger, not a caliphate\n")).toBe(true);
    expect(visible).toContain("> The emirs ate meat while we shared bread.");
    expect(visible.trimEnd().endsWith("Prepared for Demo Partner · ref 7K2M-Q9XD")).toBe(true);
    expect(extractMarks(file)).toEqual(["7K2M-Q9XD"]);
  });

  it("Markdown carries no raw HTML the reviewer never saw: comments, tags, remote images", () => {
    const file = stripMarks(
      renderMarkdownFile({ ...input, bodyMarkdown: "Intro <!-- ask Karim first --> text <img src=\"https://tracker.example/p.gif\"> end.\n\n<div>block</div>\n\n```\n<b>kept in code</b>\n```\n" }),
    );
    expect(file).not.toMatch(/Karim|tracker\.example|<img|<div|<!--/);
    expect(file).toContain("Intro  text  end.");
    expect(file).toContain("<b>kept in code</b>");
  });

  it("shows a stored title's tags, images and line breaks as text, on its one heading line", () => {
    const title = 'Hope <img src="https://t.example/b.png"> ![x](https://t.example/c.png)\n\nNot included: old item';
    const file = stripMarks(renderMarkdownFile({ ...input, title }));
    expect(file.split("\n")[0]).toBe('# Hope \\<img src="https://t.example/b.png"\\> !\\[x](https://t.example/c.png) Not included: old item');
    expect(stripMarks(renderPlainTextFile({ ...input, title })).split("\n")[0]).toBe('Hope <img src="https://t.example/b.png"> ![x](https://t.example/c.png) Not included: old item');
  });

  it("plain text has no Markdown syntax and no HTML", () => {
    const visible = stripMarks(renderPlainTextFile(input));
    expect(visible).toContain("They told us salaries would be paid.");
    expect(visible).toContain("“The emirs ate meat while we shared bread.”");
    expect(visible).toContain("• broken promises");
    expect(visible).toContain("our site (https://example.org)");
    expect(visible).not.toMatch(/\*\*|<script|alert/);
    expect(extractMarks(renderPlainTextFile(input))).toEqual(["7K2M-Q9XD"]);
  });
});
