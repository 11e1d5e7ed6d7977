import { describe, expect, it } from "vitest";
import { mergeSpans } from "./merge";
import type { Span } from "./types";

const text = "Abu Hamza al-Shami went to Raqqa";
const span = (start: number, end: number, type: Span["type"], source: Span["source"] = "pattern", rule = `${type.toLowerCase()}-rule`): Span => ({ start, end, type, source, rule, text: text.slice(start, end) });

const CASES: [behaviour: string, input: Span[], expected: [number, number, Span["type"]][]][] = [
  ["merges overlapping spans into their union", [span(0, 9, "ALIAS"), span(4, 18, "NATIONALITY")], [[0, 18, "ALIAS"]]],
  ["prefers a direct type over a longer quasi one", [span(0, 18, "LOCATION"), span(0, 3, "PERSON")], [[0, 18, "PERSON"]]],
  ["prefers the longer span among quasi types", [span(10, 18, "NATIONALITY"), span(0, 18, "ORGANIZATION")], [[0, 18, "ORGANIZATION"]]],
  ["keeps adjacent spans apart", [span(0, 9, "ALIAS"), span(10, 18, "NATIONALITY")], [[0, 9, "ALIAS"], [10, 18, "NATIONALITY"]]],
  ["sorts its output", [span(27, 32, "LOCATION"), span(0, 9, "ALIAS")], [[0, 9, "ALIAS"], [27, 32, "LOCATION"]]],
];

describe("mergeSpans", () => {
  it.each(CASES)("%s", (_behaviour, input, expected) => {
    expect(mergeSpans(text, input).map((s) => [s.start, s.end, s.type])).toEqual(expected);
  });

  it("reports the rule of the part whose type the union keeps", () => {
    const [merged] = mergeSpans(text, [span(0, 9, "ALIAS", "pattern", "kunya"), span(4, 18, "NATIONALITY", "gazetteer", "gazetteer:nationalities")]);
    expect(merged?.rule).toBe("kunya");
  });
});
