import { describe, expect, it } from "vitest";
import { directionOf, negotiateLocale } from "./locales";
import { firstSignInLocale } from "./first-sign-in-locale";

describe("choosing a language from the browser", () => {
  it.each([
    ["ar-SY,ar;q=0.9,en;q=0.8", "ar"],
    ["fr-BE", "fr"],
    ["de-DE,fr;q=0.5", "fr"],
    ["en-GB,en;q=0.9", "en"],
    ["de, ru", "en"],
    ["", "en"],
    ["fr;q=0, ar;q=0.1", "ar"],
    ["*", "en"],
    ["ar;q=0.2, fr;q=0.9", "fr"],
    ["x".repeat(5000), "en"],
    // a tag the matcher cannot read costs only itself
    ["x-private,ar", "ar"],
  ])("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it("prefers the language picked on the sign-in page over the browser's", () => {
    expect(firstSignInLocale({ cookie: "a=b; cv_locale=fr", "accept-language": "ar" })).toBe("fr");
    expect(firstSignInLocale({ cookie: "cv_locale=xx", "accept-language": "ar" })).toBe("ar");
    expect(firstSignInLocale(undefined)).toBe("en");
  });

  it("writes Arabic right to left", () => {
    expect(directionOf("ar")).toBe("rtl");
    expect(directionOf("fr")).toBe("ltr");
  });
});
