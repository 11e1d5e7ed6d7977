import { describe, expect, it } from "vitest";
import { CreateItemInput } from "@/lib/content/schemas";
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
