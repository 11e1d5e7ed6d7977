import { describe, expect, it } from "vitest";
import { unstorableTextPath } from "./unstorable-text";

describe("finding text that cannot be stored anywhere in an input", () => {
  it("names the field that holds it, however deep, in objects, arrays and forms", () => {
    expect(unstorableTextPath("a\u0000b")).toBe("");
    expect(unstorableTextPath({ title: "ok", spans: [{ comment: "x" }, { comment: "y\u0000" }] })).toBe("spans.1.comment");
    const form = new FormData();
    form.append("title", "fine");
    form.append("body", "evil\u0000");
    expect(unstorableTextPath(form)).toBe("body");
  });

  it("finds half a surrogate pair too", () => {
    expect(unstorableTextPath({ id: "\udfff\ud800" })).toBe("id");
    expect(unstorableTextPath(["fine", "\ud800"])).toBe("1");
  });

  it("finds none in ordinary input, Arabic and emoji included", () => {
    expect(unstorableTextPath({ title: "وجدنا الجوع 😀", n: 3, tags: ["a"], none: null })).toBeNull();
  });
});
