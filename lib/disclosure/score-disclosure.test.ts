import { describe, expect, it } from "vitest";
import { factOf, type Precision } from "./quasi-kinds";
import { ACK_THRESHOLD, DEFAULT_BUDGET, budgetCheck, budgetLimit, itemRisk, scoreFacts, unionFacts } from "./score-disclosure";
import { disclosureLedger } from "./disclosure-ledger";
import { explainBudgetCrossing } from "./explain-disclosure";

const f = (precision: Precision, value: string) => factOf(precision, value);
const age31 = f("age-exact", "31");
const town = f("place-small", "ben guerdane");
const job = f("role-person", "mechanic");
const joined = f("date-season", "2014 summer");
const leftDay = f("date-day", "2016-02-12");

describe("the item score", () => {
  it.each([
    ["nothing", [], 0],
    ["an exact age alone", [age31], 3],
    ["an age range alone", [f("age-range", "20s")], 1],
    ["a named town alone", [town], 3],
    ["a large city alone", [f("place-city", "raqqa")], 2],
    ["an exact age, a named town, an exact date and a job together", [age31, town, leftDay, job], 11],
    ["two dates: only the narrowest counts", [joined, leftDay, f("date-year", "2014")], 3],
    ["a role of a group and a role of a person", [f("role-group", "commander"), job], 2],
  ] as const)("%s → %i", (_name, facts, score) => {
    expect(scoreFacts(facts).score).toBe(score);
  });

  it("lists each kind once, at its narrowest precision", () => {
    expect(scoreFacts([f("age-range", "30s"), age31]).kinds).toEqual([{ kind: "AGE", weight: 3, precision: "age-exact" }]);
  });
});

describe("thresholds by risk level", () => {
  const facts = [age31, job]; // 5
  it.each([
    ["LOW", 8, false, false],
    ["MEDIUM", 6, false, false],
    ["HIGH", 4, true, false],
    ["CRITICAL", 2, true, true],
  ] as const)("%s: threshold %i; a score of 5 needs acknowledgement %s, is refused %s", (level, threshold, over, refused) => {
    expect(ACK_THRESHOLD[level]).toBe(threshold);
    expect(itemRisk(facts, level)).toMatchObject({ score: 5, threshold, overThreshold: over, refused });
  });

  it("refuses at CRITICAL only above the threshold", () => {
    expect(itemRisk([f("date-year", "2014"), f("nationality", "tunisian")], "CRITICAL")).toMatchObject({ score: 2, refused: false });
    expect(itemRisk([town], "CRITICAL")).toMatchObject({ score: 3, refused: true });
  });

  it("holds riskier sources to lower thresholds and smaller budgets", () => {
    expect([ACK_THRESHOLD.LOW, ACK_THRESHOLD.MEDIUM, ACK_THRESHOLD.HIGH, ACK_THRESHOLD.CRITICAL]).toEqual([8, 6, 4, 2]);
    expect([DEFAULT_BUDGET.LOW, DEFAULT_BUDGET.MEDIUM, DEFAULT_BUDGET.HIGH, DEFAULT_BUDGET.CRITICAL]).toEqual([14, 10, 7, 4]);
    expect(budgetLimit("HIGH", null)).toEqual({ limit: 7, isDefault: true });
    expect(budgetLimit("HIGH", 12)).toEqual({ limit: 12, isDefault: false });
  });
});

describe("the disclosure budget of a source", () => {
  const tunisian = f("nationality", "tunisian");
  const first = { id: "i1", title: "First", state: "PUBLISHED", facts: [age31, joined, tunisian] }; // 6
  const second = [town, job, f("date-year", "2016")]; // 6

  it("catches two items that are harmless alone but together reveal age, town, job and dates", () => {
    expect(itemRisk(first.facts, "MEDIUM")).toMatchObject({ score: 6, overThreshold: false });
    expect(itemRisk(second, "MEDIUM")).toMatchObject({ score: 6, overThreshold: false });
    expect(budgetCheck([], second, DEFAULT_BUDGET.MEDIUM).crosses).toBe(false);
    const check = budgetCheck(disclosureLedger([first]).facts, second, DEFAULT_BUDGET.MEDIUM);
    expect(check).toMatchObject({ before: 6, with: 11, limit: 10, crosses: true });
    expect(check.increases.map((i) => i.kind)).toEqual(["PLACE", "ROLE"]);
    expect(explainBudgetCrossing("S-0002", check)).toBe(
      "Source S-0002: together with what is already published (age (exact age, 3), date (season and year, 2), nationality or origin (nationality or origin, 1); 6 of 10), this item would reveal 11, over the disclosure budget of 10. It adds place (named town, village or site, +3), role or job (role or job, +2).",
    );
  });

  it("adds up several published items, counting a fact they share once", () => {
    const items = [
      { id: "a", title: "A", state: "PUBLISHED", facts: [age31] },
      { id: "b", title: "B", state: "PUBLISHED", facts: [f("age-exact", "31"), joined] },
      { id: "c", title: "C", state: "PUBLISHED", facts: [f("nationality", "tunisian")] },
    ];
    const ledger = disclosureLedger(items);
    expect(ledger.score).toBe(6);
    expect(ledger.facts.find((x) => x.key === "AGE:31")?.items.map((i) => i.id)).toEqual(["a", "b"]);
    expect(budgetCheck(ledger.facts, [town], 8)).toMatchObject({ before: 6, with: 9, crosses: true });
  });

  it("frees a retired or unpublished item's share", () => {
    const retired = { ...first, state: "RETIRED" };
    expect(disclosureLedger([retired]).score).toBe(0);
    expect(disclosureLedger([{ ...first, state: "APPROVED" }]).score).toBe(0);
    expect(budgetCheck(disclosureLedger([retired]).facts, second, DEFAULT_BUDGET.MEDIUM).crosses).toBe(false);
  });

  it("does not blame an item that reveals nothing new, even when the publications are already over", () => {
    const published = [age31, joined, town, job];
    expect(budgetCheck(published, [f("age-exact", "31")], 7)).toMatchObject({ before: 10, with: 10, crosses: false, increases: [] });
    expect(budgetCheck(published, [f("unit-office", "hisba")], 7)).toMatchObject({ with: 12, crosses: true });
  });

  it("counts an item's narrower form of a published kind by the difference", () => {
    const check = budgetCheck([f("date-year", "2014")], [leftDay], 3);
    expect(check).toMatchObject({ before: 1, with: 3, crosses: false, increases: [{ kind: "DATE", from: 1, to: 3 }] });
  });

  it("keeps one fact per key at its narrowest in a union", () => {
    expect(unionFacts([f("role-group", "commander")], [f("role-person", "commander")])).toEqual([f("role-person", "commander")]);
  });
});
