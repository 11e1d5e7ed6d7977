import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { CreateCampaignInput } from "@/lib/campaigns/schemas";
import { CreateItemInput } from "@/lib/content/schemas";
import { CreatePartnerInput } from "@/lib/partners/schemas";
import { InvalidInput } from "@/lib/errors";
import { withLocale } from "@/lib/i18n/translate";
import { parseInput } from "@/lib/parse-input";

const REVERSED = "Quote\u202Eetouq";

function titleError(locale: "en" | "ar" | "fr"): string {
  try {
    withLocale(locale, () => parseInput(CreateItemInput, { type: "ARTICLE", title: REVERSED, body: "", language: "en" }));
  } catch (error) {
    if (error instanceof InvalidInput) return error.fieldErrors.title?.[0] ?? "";
  }
  throw new Error("a title with a right-to-left override was accepted");
}

describe("text-direction controls in what an editor types", () => {
  it("are refused with a message in the editor's language that does not repeat the text", () => {
    expect(titleError("en")).toMatch(/^Remove the invisible text-direction controls/);
    expect(titleError("fr")).toMatch(/^Supprimez les caractères invisibles/);
    expect(titleError("ar")).toMatch(/^احذف محارف التحكم/);
    for (const locale of ["en", "ar", "fr"] as const) expect(titleError(locale)).not.toContain("etouq");
  });
});

describe("one-line texts that head every file", () => {
  const refusals = (schema: z.ZodType, input: Record<string, unknown>, field: string) => {
    try {
      parseInput(schema, input);
    } catch (error) {
      if (error instanceof InvalidInput) return error.fieldErrors[field] ?? [];
    }
    return [];
  };
  const item = (title: string) => refusals(CreateItemInput, { type: "ARTICLE", title, body: "", language: "en", channels: "WEB" }, "title");

  it("refuse a title that breaks lines or carries Markdown no reader sees", () => {
    expect(item("Hope\n\nNot included: old item")).toEqual(["Keep it on one line: remove the line breaks and control characters."]);
    expect(item("Hope\u2028again")).toHaveLength(1);
    expect(item('Hope <img src="https://t.example/b.png">')).toEqual([expect.stringMatching(/^Write the text in Markdown, without HTML tags/)]);
    expect(item("Hope ![x](https://t.example/b.png)")).toEqual([expect.stringMatching(/^Add pictures as attachments/)]);
    expect(item("We found hunger, not a caliphate")).toEqual([]);
  });

  it("refuse a campaign or organisation name that breaks lines or turns text around", () => {
    expect(refusals(CreatePartnerInput, { name: "Sawt \u202Eal-Amal" }, "name")).toEqual([expect.stringMatching(/^Remove the invisible text-direction controls/)]);
    expect(refusals(CreatePartnerInput, { name: "Sawt\nal-Amal" }, "name")).toHaveLength(1);
    expect(refusals(CreatePartnerInput, { name: "Sawt al-Amal" }, "name")).toEqual([]);
    expect(refusals(CreateCampaignInput, { name: "Hope\rlines", objective: "x" }, "name")).toHaveLength(1);
  });
});
