import { describe, expect, it } from "vitest";
import { firstRecordHref, linksIn, nextPageHref } from "./links";

const list = `<nav class="pager" aria-label="Pages"><a href="/content?state=DRAFT&amp;after=abc">Next →</a></nav>
<table><tr><td><a href="/content/new">New item</a></td></tr><tr><td><a lang="en" href="/content/clx9k2">The <em>salary</em> came late</a></td></tr></table>`;

describe("links the bench follows", () => {
  it("reads each link's address (entities undone), text (markup removed) and rel", () => {
    expect(linksIn(list)).toEqual([
      { href: "/content?state=DRAFT&after=abc", text: "Next →", rel: "" },
      { href: "/content/new", text: "New item", rel: "" },
      { href: "/content/clx9k2", text: "The salary came late", rel: "" },
    ]);
  });

  it('finds the next page by rel="next" first, else by a link reading "Next"', () => {
    expect(nextPageHref(list)).toBe("/content?state=DRAFT&after=abc");
    expect(nextPageHref(`<a href="/content?after=x">Next →</a><a rel="next" href="/content?after=y">Later</a>`)).toBe("/content?after=y");
    expect(nextPageHref(`<span class="muted">Next →</span>`)).toBeNull();
  });

  it("finds the first record under a path, not its fixed sub-pages", () => {
    expect(firstRecordHref(list, "/content")).toBe("/content/clx9k2");
    expect(firstRecordHref(`<a href="/content/new">New</a>`, "/content")).toBeNull();
  });
});
