import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { pseudoLocalise } from "./pseudo-locale";

describe("the pseudo-locale", () => {
  it("accents every letter and lengthens the message, keeping arguments", () => {
    const message = pseudoLocalise("Saved {count} items for {name}.");
    expect(message).not.toMatch(/[A-Za-z]{2}(?![^{]*\})/);
    expect(message.length).toBeGreaterThan("Saved {count} items for {name}.".length);
    const t = createTranslator({ locale: "en-XA", messages: { m: message } });
    expect(t("m", { count: 3, name: "Ahmed" })).toContain("Ahmed");
  });

  it("keeps plurals and tags working", () => {
    const message = pseudoLocalise("{n, plural, one {# source} other {# sources}} <b>now</b>");
    const t = createTranslator({ locale: "en-XA", messages: { m: message } });
    expect(t.markup("m", { n: 2, b: (chunks) => chunks })).toMatch(/2 šóúŕçéš/);
    expect(t.markup("m", { n: 1, b: (chunks) => `<strong>${chunks}</strong>` })).toMatch(/<strong>ñóŵ<\/strong>/);
  });
});
