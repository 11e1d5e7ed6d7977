import { describe, expect, it } from "vitest";
import { phraseOverlap, searchWords } from "./text-overlap";

const doc = "We were promised a state of justice. We found hunger, not a caliphate. The emirs ate meat while the fighters shared bread.";

describe("text overlap", () => {
  it("is complete for an exact excerpt, whatever its case and punctuation", () => {
    expect(phraseOverlap("we found HUNGER not a caliphate the emirs ate meat", doc)).toBe(1);
  });

  it("is partial for a lightly edited excerpt and zero for unrelated text", () => {
    const edited = phraseOverlap("We found hunger, not a caliphate. The commanders ate meat while the fighters shared bread.", doc);
    expect(edited).toBeGreaterThan(0.5);
    expect(edited).toBeLessThan(1);
    expect(phraseOverlap("An entirely different story about the weather in spring", doc)).toBe(0);
  });

  it("matches Arabic words", () => {
    expect(phraseOverlap("فوجدنا الجوع لا الخلافة", "وعدونا بدولة العدل فوجدنا الجوع لا الخلافة.")).toBe(1);
  });

  it("builds an OR query of distinct longer words with no tsquery syntax", () => {
    expect(searchWords("Hunger & hunger | (caliphate)! a of")).toBe("hunger | caliphate");
  });
});
