import { describe, expect, it } from "vitest";
import { CreateItemInput } from "./schemas";
import { channelProblem, consentProblems, itemConsentProblems, NO_CHANNEL_MESSAGE, type SourceConsent } from "./consent-rule";

const NOW = new Date("2026-11-29T12:00:00Z");
const consent = (overrides: Partial<NonNullable<SourceConsent["consent"]>> = {}) => ({
  scopes: ["VERBATIM", "PARAPHRASE"],
  channels: ["WEB", "SOCIAL", "PARTNER_DOWNLOAD"],
  languages: ["en", "ar"],
  expiresAt: null,
  withdrawnAt: null,
  ...overrides,
});
const source = (code: string, c: SourceConsent["consent"]): SourceConsent => ({ id: `id-${code}`, code, consent: c });
const rules = (s: SourceConsent, usages: string[], channels: string[], language = "en") => consentProblems(s, usages, channels, language, NOW).map((p) => p.rule);

describe("the consent rule", () => {
  it.each([
    ["covers an item within its consent", consent(), ["VERBATIM"], ["WEB"], "en", []],
    ["requires the hand-over to partners whatever channels the item names", consent({ channels: ["WEB", "SOCIAL"] }), ["VERBATIM"], ["WEB"], "en", ["partner"]],
    ["requires it for an item naming only the partner channel", consent({ channels: ["WEB"] }), ["VERBATIM"], ["PARTNER_DOWNLOAD"], "en", ["partner"]],
    ["requires it even for an item naming no channel", consent({ channels: ["WEB"] }), ["VERBATIM"], [], "en", ["partner"]],
    ["names each channel outside the consent, and partners once", consent({ channels: ["WEB"] }), ["VERBATIM"], ["WEB", "SOCIAL", "PRINT", "PARTNER_DOWNLOAD"], "en", ["channel", "channel", "partner"]],
    ["refuses a usage outside the scopes", consent({ scopes: ["PARAPHRASE"] }), ["VERBATIM", "VERBATIM"], ["WEB"], "en", ["scope"]],
    ["refuses another language", consent({ languages: ["ar"] }), ["VERBATIM"], ["WEB"], "en", ["language"]],
    ["says only that consent was withdrawn", consent({ channels: [], withdrawnAt: NOW }), ["VERBATIM"], ["WEB"], "en", ["withdrawn"]],
    ["says only that consent expired", consent({ channels: [], expiresAt: new Date("2026-01-01") }), ["VERBATIM"], ["WEB"], "en", ["expired"]],
    ["says only that there is none", null, ["VERBATIM"], ["WEB"], "en", ["missing"]],
  ] as const)("%s", (_name, c, usages, channels, language, expected) => {
    expect(rules(source("S-0001", c), [...usages], [...channels], language)).toEqual(expected);
  });

  it("names the source by its code and what is missing, and nothing else about it", () => {
    const [problem] = consentProblems(source("S-0007", consent({ channels: ["WEB"] })), ["VERBATIM"], ["WEB"], "en", NOW);
    expect(problem).toEqual({ sourceId: "id-S-0007", sourceCode: "S-0007", rule: "partner", message: "Source S-0007: consent does not cover sharing with partner organisations (“Partner download”).", detail: "PARTNER_DOWNLOAD" });
  });
});

describe("an item's consent problems", () => {
  const sources = new Map([
    ["id-S-0002", source("S-0002", consent({ channels: ["WEB"] }))],
    ["id-S-0001", source("S-0001", consent())],
  ]);

  it("checks every source the item draws on, picked or detected, in code order", () => {
    const problems = itemConsentProblems({ channels: ["WEB"], language: "en", quotes: [{ sourceId: "id-S-0002", usage: "VERBATIM" }, { sourceId: "id-S-0001", usage: "PARAPHRASE" }] }, sources, NOW);
    expect(problems.map((p) => `${p.sourceCode}:${p.rule}`)).toEqual(["S-0002:partner"]);
  });

  it("has none for an item quoting nobody", () => {
    expect(itemConsentProblems({ channels: [], language: "en", quotes: [] }, sources, NOW)).toEqual([]);
  });

  it("counts a quoted source that is not found as having no consent", () => {
    expect(itemConsentProblems({ channels: ["WEB"], language: "en", quotes: [{ sourceId: "gone", usage: "VERBATIM" }] }, sources, NOW).map((p) => p.rule)).toEqual(["missing"]);
  });
});

describe("channels", () => {
  it("an item naming no channel may not move on", () => {
    expect(channelProblem([])).toMatch(/names no channel/);
    expect(channelProblem(["WEB"])).toBeNull();
  });

  it("refuses to create an item with no channel, with a message on the field", () => {
    const fields = { type: "QUOTE_CARD", title: "Promises", body: "", language: "en", themeIds: [], audiences: [] };
    const refused = CreateItemInput.safeParse(fields);
    expect(refused.success ? {} : refused.error.flatten().fieldErrors).toEqual({ channels: [NO_CHANNEL_MESSAGE] });
    expect(CreateItemInput.safeParse({ ...fields, "channels[]": ["WEB"] }).success).toBe(true);
  });
});
