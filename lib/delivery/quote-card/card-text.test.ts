import { describe, expect, it } from "vitest";
import { cardText, cardWords, quotedWords } from "./card-text";

const base = { language: "en", campaignName: "Bread before belief", preparedFor: "Prepared for Sawt · ref 7K2M-Q9XD", recipientLocale: "fr" as const };

describe("what a quote card says", () => {
  it("takes the quoted words, without the context around them or their Markdown", () => {
    const body = "They promised a brotherhood.\n\n> The *emirs* kept the best houses.\n> We got **nothing**.\n\nAsk the men who came back.";
    expect(quotedWords(body)).toBe("The emirs kept the best houses.\nWe got nothing.");
  });

  it("joins several quotes, and takes the whole text when there is none", () => {
    expect(quotedWords("> One.\n\nBetween.\n\n> Two.")).toBe("One.\n\nTwo.");
    expect(quotedWords("We found hunger, not a caliphate.")).toBe("We found hunger, not a caliphate.");
  });

  it("drops raw HTML, so a tag or a hidden comment never becomes words on the card", () => {
    expect(quotedWords("> We found <!-- Abu Hamza --> hunger <img src=x>.")).toBe("We found hunger .");
  });

  it("speaks the item's language where the app does, the recipient's otherwise", () => {
    expect(cardText({ ...base, body: "> x", language: "ar" })).toMatchObject({ attribution: "عضو سابق في جماعة متطرفة", direction: "rtl" });
    expect(cardText({ ...base, body: "> x", language: "en" })).toMatchObject({ attribution: "A former member of an extremist group", direction: "ltr" });
    expect(cardText({ ...base, body: "> x", language: "ku" })).toMatchObject({ attribution: "Un ancien membre d’un groupe extrémiste", direction: "ltr" });
  });

  it("writes the campaign's name on one line, and falls back to the product's name", () => {
    expect(cardText({ ...base, body: "> x", campaignName: "Bread\nbefore belief" }).mark).toBe("Bread before belief");
    expect(cardText({ ...base, body: "> x", campaignName: null }).mark).toBe("Countervoice");
  });

  it("hands the verifier every word the picture shows", () => {
    const words = cardWords(cardText({ ...base, body: "Intro.\n\n> We found hunger." }));
    for (const part of ["We found hunger.", "A former member of an extremist group", "Bread before belief", "Prepared for Sawt · ref 7K2M-Q9XD"]) expect(words).toContain(part);
    expect(words).not.toContain("Intro.");
  });
});
