import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render-markdown";

describe("renderMarkdown", () => {
  it("renders ordinary Markdown: headings, emphasis, quotes, lists, links", () => {
    const html = renderMarkdown("# Title\n\n*one* **two**\n\n> a quote\n\n- item\n\n[site](https://example.org)");
    expect(html).toContain("<h1>Title</h1>");
    expect(html).toContain("<em>one</em>");
    expect(html).toContain("<strong>two</strong>");
    expect(html).toContain("<blockquote>");
    expect(html).toContain("<li>item</li>");
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer nofollow">site</a>');
  });

  it.each([
    ["a script tag", "<script>alert(1)</script>", /<script|alert\(1\)/i],
    ["an inline event handler", '<img src=x onerror="alert(1)">', /onerror|<img/i],
    ["an iframe", '<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ["a javascript: link", "[click](javascript:alert(1))", /javascript:/i],
    ["an encoded javascript: link", '<a href="jav&#x09;ascript:alert(1)">x</a>', /javascript|href/i],
    ["a data: URL link", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", /data:/i],
    ["an SVG with onload", '<svg onload="alert(1)"><circle/></svg>', /<svg|onload/i],
    ["a style block", "<style>body{background:url(javascript:alert(1))}</style>", /<style|javascript/i],
    ["an event handler on an allowed tag", '<p onclick="alert(1)">hi</p>', /onclick/i],
    ["a form", '<form action="https://evil.example"><input name=x></form>', /<form|<input/i],
    ["an object/embed", '<object data="x.swf"></object><embed src="x.swf">', /<object|<embed/i],
    ["a style attribute", '<p style="background:url(x)">hi</p>', /style=/i],
  ])("strips %s", (_name, payload, forbidden) => {
    expect(renderMarkdown(payload)).not.toMatch(forbidden);
  });

  it("keeps the text of stripped raw HTML paragraphs harmlessly", () => {
    expect(renderMarkdown('<p onclick="x()">hello</p>')).toContain("hello");
  });
});
