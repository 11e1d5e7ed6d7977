import { describe, expect, it } from "vitest";
import { entityKey, findOverlap, redactedTextFor } from "./apply-redaction";
import { residualRisks } from "./residual-risk";
import { nextRedactionState, REDACTION_EVENTS, REDACTION_STATES, type RedactionEvent, type RedactionState } from "./redaction-states";
import type { Finding, RedactionSpan } from "./types";

const TEXT = "Abu Yusuf al-Shami met Karim in Raqqa. Later abou youssef el-shami called +90 532 111 22 33 from Raqqa.";
const at = (needle: string, from = 0) => {
  const start = TEXT.indexOf(needle, from);
  if (start < 0) throw new Error(`missing ${needle}`);
  return { start, end: start + needle.length };
};
let n = 0;
const span = (needle: string, type: RedactionSpan["type"], treatment: RedactionSpan["treatment"] = { kind: "PLACEHOLDER" }, extra: Partial<RedactionSpan> = {}): RedactionSpan => ({
  id: `s${++n}`,
  ...at(needle, extra.start ?? 0),
  type,
  origin: "manual",
  status: "ACCEPTED",
  treatment,
  ...extra,
});

describe("redacted text", () => {
  it("numbers placeholders per type, the same identifier keeping its number", () => {
    const spans = [
      span("Abu Yusuf al-Shami", "ALIAS"),
      span("Karim", "PERSON"),
      span("Raqqa", "LOCATION"),
      span("abou youssef el-shami", "ALIAS", { kind: "PLACEHOLDER" }, { entity: "Abu Yusuf al-Shami" }),
      span("+90 532 111 22 33", "CONTACT", { kind: "REMOVE" }),
      { ...span("Raqqa", "LOCATION"), ...at("Raqqa", 40) },
    ];
    expect(redactedTextFor(TEXT, spans)).toBe("[ALIAS 1] met [PERSON 1] in [LOCATION 1]. Later [ALIAS 1] called [redacted] from [LOCATION 1].");
  });

  it("writes an editor's generalisation in brackets", () => {
    expect(redactedTextFor(TEXT, [span("Raqqa", "LOCATION", { kind: "GENERALISE", text: "a city in northern Syria" })])).toContain("in [a city in northern Syria].");
  });

  it("ignores suggested and rejected spans", () => {
    const spans = [span("Karim", "PERSON", undefined, { status: "SUGGESTED" }), span("Raqqa", "LOCATION", undefined, { status: "REJECTED" })];
    expect(redactedTextFor(TEXT, spans)).toBe(TEXT);
  });

  it("refuses overlapping accepted spans", () => {
    const spans = [span("Abu Yusuf al-Shami", "ALIAS"), span("al-Shami", "NATIONALITY")];
    expect(findOverlap(spans)).not.toBeNull();
    expect(() => redactedTextFor(TEXT, spans)).toThrow(/overlap/);
  });

  it.each([
    ["Abu Yusuf al-Shami", "abou yusuf ash-shami"],
    ["Umm Ḥafṣa", "umm hafsa"],
    ["أبو يوسف", "ابو يوسف"],
  ])("treats %s and %s as the same identifier", (a, b) => {
    expect(entityKey(a)).toBe(entityKey(b));
  });
});

describe("residual risk", () => {
  const finding = (needle: string, type: Finding["type"], fromDictionary = false): Finding => ({ ...at(needle), type, text: needle, fromDictionary });
  const findings = [finding("Karim", "PERSON"), finding("Raqqa", "LOCATION"), finding("Abu Yusuf al-Shami", "ALIAS", true)];

  it("lists uncovered findings; direct and dictionary ones block", () => {
    const risks = residualRisks(findings, [], []);
    expect(risks.map((r) => [r.text, r.blocking])).toEqual([
      ["Abu Yusuf al-Shami", true],
      ["Karim", true],
      ["Raqqa", false],
    ]);
  });

  it("drops findings covered by accepted spans, also by several adjacent ones", () => {
    const spans = [span("Abu Yusuf", "ALIAS"), span(" al-Shami", "NATIONALITY"), span("Karim", "PERSON")];
    expect(residualRisks(findings, spans, []).map((r) => r.text)).toEqual(["Raqqa"]);
  });

  it("a partly covered finding still counts as uncovered", () => {
    expect(residualRisks(findings, [span("Abu Yusuf", "ALIAS")], []).map((r) => r.text)).toContain("Abu Yusuf al-Shami");
  });

  it("a dismissal with a reason stops a finding from blocking", () => {
    const [karim] = residualRisks(findings, [], []).filter((r) => r.text === "Karim");
    const risks = residualRisks(findings, [], [{ key: karim!.key, reason: "Common first name, not his" }]);
    expect(risks.find((r) => r.text === "Karim")).toMatchObject({ blocking: false, dismissal: { reason: "Common first name, not his" } });
  });
});

describe("redaction states", () => {
  const allowed: Record<RedactionState, Partial<Record<RedactionEvent, RedactionState>>> = {
    DRAFT: { edit: "DRAFT", submit: "IN_REVIEW" },
    CHANGES_REQUESTED: { edit: "CHANGES_REQUESTED", submit: "IN_REVIEW" },
    IN_REVIEW: { edit: "DRAFT", approve: "APPROVED", "request-changes": "CHANGES_REQUESTED" },
    APPROVED: { edit: "DRAFT" },
  };
  const cases = REDACTION_STATES.flatMap((state) => REDACTION_EVENTS.map((event) => [state, event, allowed[state][event] ?? null] as const));
  it.each(cases)("%s + %s → %s", (state, event, expected) => {
    expect(nextRedactionState(state, event)).toBe(expected);
  });
});
