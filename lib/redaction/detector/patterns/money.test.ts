import { describe, expect, it } from "vitest";
import { MONEY_RULES } from "./money";
import { spanOver, type FindCase, type KeepCase } from "./rule-cases";

const FINDS: FindCase[] = [
  ["finds a currency code before the amount", "They fined him EUR 4,000 in the end.", "EUR 4,000", "DESCRIPTION", "money"],
  ["finds a code after the amount", "He paid 615 DEM per share.", "615 DEM", "DESCRIPTION", "money"],
  ["finds an amount with a national currency and its code", "A loan of 250,000 Swedish kronor (SEK) was granted.", "250,000 Swedish kronor (SEK)", "DESCRIPTION", "money"],
  ["finds a hedged amount", "It cost approximately 3,000 euros at the time.", "approximately 3,000 euros", "DESCRIPTION", "money"],
  ["finds an amount in words", "The smuggler asked five thousand dollars each.", "five thousand dollars", "DESCRIPTION", "money"],
  ["finds a dollar sign", "They paid us $500 a month.", "$500", "DESCRIPTION", "money"],
  ["finds a euro sign after the amount", "The fare was 1.200€ from Izmir.", "1.200€", "DESCRIPTION", "money"],
  ["finds millions of liras", "He owed 2 million Syrian pounds.", "2 million Syrian pounds", "DESCRIPTION", "money"],
  ["finds an Arabic amount in Arabic-Indic digits", "كانوا يدفعون ٥٠٠ دولار للمقاتل.", "٥٠٠ دولار", "DESCRIPTION", "money-arabic"],
  ["finds an Arabic amount in words", "دفعت ألف ليرة للمهرب.", "ألف ليرة", "DESCRIPTION", "money-arabic"],
  ["finds a percentage", "His pension was cut by 40% after he left.", "40%", "DESCRIPTION", "percentage"],
  ["finds a range of percentages", "They gave him a 50 to 79% disability rating.", "50 to 79%", "DESCRIPTION", "percentage"],
];

const KEEPS: KeepCase[] = [
  ["keeps a currency named without an amount", "Prices were in dollars after the fall.", "dollars"],
  ["keeps burn marks, which are not money", "He has burn marks on his arms.", "marks"],
  ["keeps an upper-case word that only looks like a code", "I said: TRY again tomorrow.", "TRY"],
];

describe("amounts of money", () => {
  it.each(FINDS)("%s", (_b, text, expected, type, rule) => {
    const span = spanOver(text, MONEY_RULES, expected);
    expect(span && [span.text, span.type, span.rule]).toEqual([expected, type, rule]);
  });
  it.each(KEEPS)("%s", (_b, text, needle) => {
    expect(spanOver(text, MONEY_RULES, needle)).toBeUndefined();
  });
});
