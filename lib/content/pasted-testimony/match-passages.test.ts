import { describe, expect, it } from "vitest";
import { describePlaces, itemShingles, matchPastedPassages, pastedSourceNotice, type IndexedShingle } from "./match-passages";
import { shinglesOf } from "./shingles";
import { corpusTestimony, falseLinks, foundRate, indexOf, TRANSFORMS } from "./testing/paste-trials";

const TESTIMONY = "We were told the salary would come. The promises were lies, no house, and the salary came late, then half, then never.";
const indexed = (redactedTextId: string, sourceId: string, text: string): IndexedShingle[] => shinglesOf(text).map((s) => ({ redactedTextId, sourceId, ...s }));
const index = [...indexed("rt-1", "src-1", TESTIMONY), ...indexed("rt-2", "src-2", "Nobody received the salary they were promised by the emirs at the guesthouse.")];
const body = (text: string) => [{ field: "title", label: "Title", text: "Promises" }, { field: "body", label: "Body", text }];

describe("matching an item against the index", () => {
  it("finds a pasted sentence as one passage of its testimony, with the paragraph it is in", () => {
    const item = itemShingles(body("Our introduction.\n\nHe said: the promises were lies. No house! And the salary came late."));
    const [passage, ...rest] = matchPastedPassages(item, index);
    expect(rest).toEqual([]);
    expect(passage).toMatchObject({ redactedTextId: "rt-1", sourceId: "src-1", places: [{ field: "body", paragraph: 2 }] });
    expect(TESTIMONY.slice(passage!.start, passage!.end)).toBe("The promises were lies, no house, and the salary came late");
  });

  it("finds nothing in text on the same theme that does not repeat eight words", () => {
    expect(matchPastedPassages(itemShingles(body("They promised a house and a salary; the salary came late and the house never came.")), index)).toEqual([]);
  });

  it("leaves out what a picked verbatim quote already links, not a paraphrased one", () => {
    const item = itemShingles(body("The promises were lies, no house, and the salary came late."));
    const quoteStart = TESTIMONY.indexOf("The promises");
    const picked = { redactedTextId: "rt-1", start: quoteStart, end: TESTIMONY.length };
    expect(matchPastedPassages(item, index, [{ ...picked, usage: "VERBATIM" }])).toEqual([]);
    expect(matchPastedPassages(item, index, [{ ...picked, usage: "PARAPHRASE" }])).toHaveLength(1);
  });

  it("keeps passages of different testimonies apart", () => {
    const item = itemShingles(body("The promises were lies, no house, and the salary came late.\n\nNobody received the salary they were promised by the emirs."));
    expect(matchPastedPassages(item, index).map((p) => [p.sourceId, p.places.map((q) => q.paragraph)])).toEqual([["src-1", [1]], ["src-2", [2]]]);
  });
});

describe("telling the editor", () => {
  it.each([
    [[{ field: "body", label: "Body", paragraph: 2 }], "paragraph 2"],
    [[{ field: "title", label: "Title", paragraph: null }, { field: "body", label: "Body", paragraph: 1 }, { field: "body", label: "Body", paragraph: 4 }], "the title and paragraphs 1 and 4"],
    [[{ field: "attachment:a:caption", label: "Attachment 1 caption", paragraph: null }], "attachment 1 caption"],
  ])("describes %j as %s", (places, expected) => {
    expect(describePlaces(places)).toBe(expected);
  });

  it("names the source by its code and says its consent applies", () => {
    expect(pastedSourceNotice({ sourceId: "x", sourceCode: "S-0002", places: [{ field: "body", label: "Body", paragraph: 2 }] })).toBe(
      "Text from S-0002's approved testimony was found in this item (paragraph 2); its consent applies.",
    );
  });
});

// The measurement of scripts/bench-pasted-testimony.ts, smaller: the labelled redaction corpus
// (English and Arabic invented transcripts) as the index, the clean corpus as unrelated text.
describe("pasted testimony in the corpus", () => {
  const testimony = corpusTestimony();
  const corpusIndex = indexOf(testimony);

  it.each(TRANSFORMS.filter((t) => t.name !== "cut mid-word at both ends").flatMap((t) => t.languages.map((language) => [t.name, language, t] as const)))(
    "finds every 8-word excerpt %s (%s)",
    (_name, language, transform) => {
      expect(foundRate(testimony.filter((t) => t.language === language), corpusIndex, transform, 8, 120)).toBe(1);
    },
  );

  it("finds excerpts cut mid-word at both ends from 12 words", () => {
    const cut = TRANSFORMS.find((t) => t.name === "cut mid-word at both ends")!;
    expect(foundRate(testimony, corpusIndex, cut, 12, 200)).toBeGreaterThanOrEqual(0.98);
  });

  it("links none of the 260 clean paragraphs on the same themes", () => {
    expect(falseLinks(corpusIndex)).toEqual([]);
  });
});
