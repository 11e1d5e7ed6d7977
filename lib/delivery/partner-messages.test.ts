// Every refusal a partner can be shown in the portal is said in the reader's language; the
// English stays the English (the partner API answers with it).
import { describe, expect, it } from "vitest";
import { BODY_PAST_LIMITS_MESSAGE, consentRefusal, ORGANISATION_DEACTIVATED_MESSAGE, SUSPENDED_MESSAGE } from "./load-deliverable";
import { NOT_AVAILABLE } from "./verify-delivery";
import { PREPARED_BEFORE_CHANGE } from "./prepared/prepared-index-token";
import { pdfOmittedNote } from "./item-files";
import { PdfBudgetExceeded } from "./pdf/render-budget";
import { partnerMessage } from "./partner-messages";
import { NOT_A_CARD, QUOTE_TOO_LONG_FOR_CARD } from "./quote-card/card-refusals";
import { PICTURES_NOT_CHECKED } from "@/lib/content/attachments/unread-pictures";

const REFUSALS = [
  NOT_AVAILABLE,
  SUSPENDED_MESSAGE,
  BODY_PAST_LIMITS_MESSAGE,
  ORGANISATION_DEACTIVATED_MESSAGE,
  PREPARED_BEFORE_CHANGE,
  consentRefusal([{ rule: "withdrawn" } as never])!,
  consentRefusal([{ rule: "expired" } as never])!,
  consentRefusal([{ rule: "partner" } as never])!,
  consentRefusal([{ rule: "scope" } as never])!,
  "This item was withdrawn on 2026-11-02: the person whose words it uses has withdrawn consent. Stop using it and take down any copies you have published.",
  "This item was retired on 2026-11-02 and may no longer be used. Take down any copies you have published.",
  "None of this campaign's material may be downloaded at the moment: open each item in the portal to see why.",
  "This campaign has no published material to download yet.",
  "This kit is no longer available as prepared: some of its material has changed since. Ask for the kit again.",
  "This file is no longer available as prepared: the item has changed since. Ask for it again.",
  pdfOmittedNote(new PdfBudgetExceeded("pages", 40)),
  pdfOmittedNote(new PdfBudgetExceeded("time", 20)),
  NOT_A_CARD,
  QUOTE_TOO_LONG_FOR_CARD,
  PICTURES_NOT_CHECKED,
];

describe("refusals in the portal reader's language", () => {
  it.each(REFUSALS)("translates %s", (message) => {
    expect(partnerMessage(message, "en")).toBe(message);
    for (const locale of ["fr", "ar"] as const) expect(partnerMessage(message, locale)).not.toBe(message);
  });

  it("keeps the date and the budget in the translation", () => {
    expect(partnerMessage(REFUSALS[9]!, "fr")).toContain("2026-11-02");
    expect(partnerMessage(pdfOmittedNote(new PdfBudgetExceeded("pages", 40)), "fr")).toBe("Pas de PDF : Le PDF dépasserait 40 pages. Utilisez le fichier Markdown ou le fichier texte.");
  });

  it("shows a message it does not know as written", () => {
    expect(partnerMessage("Something new.", "ar")).toBe("Something new.");
    for (const inherited of ["__proto__", "constructor", "toString"]) expect(partnerMessage(inherited, "ar")).toBe(inherited);
  });
});
