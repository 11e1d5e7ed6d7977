import { describe, expect, it } from "vitest";
import { DATE_RULES } from "./dates";
import { DURATION_RULES } from "./durations";
import { spanOver, type FindCase, type KeepCase } from "./rule-cases";

const FINDS: FindCase[] = [
  ["finds a sentence of years and months", "The court sentenced him to three years and nine months in prison.", "three years and nine months", "DATE", "duration"],
  ["finds a period after 'for'", "I stayed in the camp for eleven months.", "eleven months", "DATE", "duration"],
  ["finds a deadline after 'within'", "He had to leave within ten days.", "ten days", "DATE", "duration"],
  ["finds a possessive measure", "He got fifteen months’ imprisonment.", "fifteen months’", "DATE", "duration"],
  ["finds a hyphenated measure before a noun", "She signed a two-year contract with the clinic.", "two-year", "DATE", "duration"],
  ["finds a clock time with p.m.", "They came back at 12.45 p.m. with the body.", "12.45 p.m.", "DATE", "time-of-day"],
  ["finds a clock time after 'at', the cue left out", "The bus left at 18:40 from the square.", "18:40", "DATE", "time-of-day"],
];

const KEEPS: KeepCase[] = [
  ["keeps a vague period", "We waited for years and nothing came.", "years"],
  ["keeps a duration with no event word", "Sixteen hours. That was the shift.", "Sixteen hours"],
  ["keeps a rate", "He worked ten hours a day.", "ten hours"],
  ["keeps a ratio that looks like a time", "The vote was 10.30 in favour, they said.", "10.30"],
];

describe("durations and clock times", () => {
  it.each(FINDS)("%s", (_b, text, expected, type, rule) => {
    const span = spanOver(text, DURATION_RULES, expected);
    expect(span && [span.text, span.type, span.rule]).toEqual([expected, type, rule]);
  });
  it.each(KEEPS)("%s", (_b, text, needle) => {
    expect(spanOver(text, DURATION_RULES, needle)).toBeUndefined();
  });
});

describe("feast days", () => {
  it.each([
    ["finds a feast day by its own name", "We crossed at Newroz, when the guards were busy.", "Newroz"],
    ["finds a feast day of several words", "They shot him on All Saints' Day in front of the church.", "All Saints' Day"],
  ])("%s", (_b, text, expected) => {
    expect(spanOver(text, DATE_RULES, expected)?.text).toBe(expected);
  });
  it("keeps an ordinary 'day'", () => {
    expect(spanOver("It was a good day for us.", DATE_RULES, "good day")).toBeUndefined();
  });
});
