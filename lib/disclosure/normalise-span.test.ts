import { describe, expect, it } from "vitest";
import { factOfSpan } from "./normalise-span";
import { findRelativeMentions } from "./relative-mentions";
import { findQuasiIdentifiers, withoutPlaceholders } from "./find-quasi-identifiers";

const fact = (type: Parameters<typeof factOfSpan>[0]["type"], text: string) => {
  const f = factOfSpan({ type, text });
  return f && [f.key, f.precision, f.weight];
};

describe("normalising what the detector found", () => {
  it.each([
    ["AGE", "A 31-year-old", "AGE:31", "age-exact", 3],
    ["AGE", "I was 31", "AGE:31", "age-exact", 3],
    ["AGE", "thirty-one years old", "AGE:31", "age-exact", 3],
    ["AGE", "عمري ٣١ سنة", "AGE:31", "age-exact", 3],
    ["AGE", "in his twenties", "AGE:20s", "age-range", 1],
    ["AGE", "in his early twenties", "AGE:20s", "age-range", 1],
    ["AGE", "in her 30s", "AGE:30s", "age-range", 1],
    ["DATE", "on 12 March 2015", "DATE:2015-03-12", "date-day", 3],
    ["DATE", "the 12th of March 2015", "DATE:2015-03-12", "date-day", 3],
    ["DATE", "12/03/2015", "DATE:2015-03-12", "date-day", 3],
    ["DATE", "in February 2016", "DATE:2016-02", "date-month", 2],
    ["DATE", "Feb. 2016", "DATE:2016-02", "date-month", 2],
    ["DATE", "في شباط ٢٠١٦", "DATE:2016-02", "date-month", 2],
    ["DATE", "in the summer of 2014", "DATE:2014 summer", "date-season", 2],
    ["DATE", "صيف ٢٠١٤", "DATE:2014 summer", "date-season", 2],
    ["DATE", "in 2014", "DATE:2014", "date-year", 1],
    ["DATE", "from 2014 to 2016", "DATE:2014–2016", "date-year", 1],
    ["DATE", "in February", "DATE:month 02", "date-vague", 1],
    ["DATE", "Ramadan 2015", "DATE:2015 ramadan", "date-month", 2],
    ["LOCATION", "Ben Guerdane", "PLACE:ben guerdane", "place-small", 3],
    ["LOCATION", "al-Bab", "PLACE:bab", "place-small", 3],
    ["LOCATION", "el-Bab", "PLACE:bab", "place-small", 3],
    ["LOCATION", "Raqqa", "PLACE:raqqa", "place-city", 2],
    ["LOCATION", "الرقة", "PLACE:رقه", "place-city", 2],
    ["LOCATION", "Raqqa prison", "PLACE:raqqa prison", "place-small", 3],
    ["ROLE", "mechanic", "ROLE:mechanic", "role-person", 2],
    ["ROLE", "commanders", "ROLE:commander", "role-group", 1],
    ["ORGANIZATION", "Katibat al-Fajr", "UNIT:katibat al fajr", "unit-named", 3],
    ["ORGANIZATION", "the hisba", "UNIT:hisba", "unit-office", 2],
    ["ORGANIZATION", "media office", "UNIT:media office", "unit-office", 2],
    ["NATIONALITY", "Tunisians", "NATIONALITY:tunisian", "nationality", 1],
    ["DESCRIPTION", "a burn scar on my left hand", "MARK:a burn scar on my left hand", "mark", 3],
  ] as const)("%s %j → %s (%s, %i)", (type, text, key, precision, weight) => {
    expect(fact(type, text)).toEqual([key, precision, weight]);
  });

  it.each(["PERSON", "ALIAS", "CONTACT", "ID"] as const)("leaves the direct type %s to the leak guard", (type) => {
    expect(fact(type, "anything")).toBeNull();
  });
});

describe("relatives mentioned in passing", () => {
  it.each([
    ["My cousin stayed behind.", "RELATIVE:cousin"],
    ["his older brother had joined", "RELATIVE:brother"],
    ["their two daughters", "RELATIVE:daughter"],
    ["my brothers-in-law", "RELATIVE:brother-in-law"],
    ["بقي ابن عمي هناك", "RELATIVE:cousin"],
    ["وزوجتي رانيا", "RELATIVE:wife"],
    ["أخي دفع للمهرب", "RELATIVE:brother"],
  ])("%j → %s", (text, key) => {
    expect(findRelativeMentions(text).map((m) => m.fact.key)).toEqual([key]);
  });

  it.each(["Brothers in faith, they said.", "هذا ما وجده شاب ذهب ثم عاد", "كان المكان خالي تماما"])("ignores %j", (text) => {
    expect(findRelativeMentions(text)).toEqual([]);
  });
});

describe("finding quasi-identifiers in an item", () => {
  it("blanks placeholders of redacted testimony but keeps offsets", () => {
    const text = "At the [LOCATION 3], aged [AGE 1], [redacted] said";
    expect(withoutPlaceholders(text)).toHaveLength(text.length);
    expect(findQuasiIdentifiers([{ field: "body", label: "Body", text, sourceIds: null }])).toEqual([]);
  });

  it("counts the same fact in two fields and two languages once, with every occurrence and the rule that found it", () => {
    const findings = findQuasiIdentifiers([
      { field: "title", label: "Title", text: "Joined in the summer of 2014", sourceIds: null },
      { field: "body", label: "Body", text: "انضممت في صيف ٢٠١٤.", sourceIds: null },
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ key: "DATE:2014 summer", weight: 2 });
    expect(findings[0]!.occurrences.map((o) => o.field)).toEqual(["title", "body"]);
    expect(findings[0]!.rules.length).toBeGreaterThan(0);
  });

  it("records where each occurrence is, so the reviewer can see it in context", () => {
    const text = "He was a mechanic from Ben Guerdane.";
    const [place] = findQuasiIdentifiers([{ field: "body", label: "Body", text, sourceIds: null }]).filter((f) => f.kind === "PLACE");
    const at = place!.occurrences[0]!;
    expect(text.slice(at.start, at.end)).toBe("Ben Guerdane");
  });

  it("attributes a quoted passage's facts to its source only, and the item's own text to every source", () => {
    const findings = findQuasiIdentifiers([
      { field: "body", label: "Body", text: "A mechanic spoke to us.", sourceIds: null },
      { field: "quote:1", label: "Quote 1", text: "I was 31 when I joined.", sourceIds: ["s1"] },
    ]);
    expect(Object.fromEntries(findings.map((f) => [f.kind, f.sourceIds]))).toEqual({ ROLE: null, AGE: ["s1"] });
  });

  it("scans a text seen before to the same findings, each call with its own field names and objects", () => {
    const text = "I was 31 when I joined, a mechanic from Ben Guerdane.";
    const first = findQuasiIdentifiers([{ field: "quote:1", label: "Quote 1", text, sourceIds: ["s1"] }]);
    // what one caller does to its findings must not reach the next caller of the same text
    for (const f of first) Object.assign(f, { weight: 99, sourceIds: null });
    first[0]!.occurrences[0]!.start = -1;
    const again = findQuasiIdentifiers([{ field: "quote:2", label: "Quote 2", text, sourceIds: ["s2"] }]);
    expect(again.map((f) => f.key)).toEqual(first.map((f) => f.key));
    expect(again.every((f) => f.weight < 99 && f.sourceIds?.[0] === "s2")).toBe(true);
    expect(new Set(again.flatMap((f) => f.occurrences.map((o) => o.field)))).toEqual(new Set(["quote:2"]));
    expect(again.flatMap((f) => f.occurrences).every((o) => o.start >= 0)).toBe(true);
  });
});
