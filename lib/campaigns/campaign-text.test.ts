import { describe, expect, it } from "vitest";
import { Campaign as ApiCampaign } from "@/lib/partner-api/schemas";
import { kitManifestCampaign } from "@/lib/delivery/kit-campaign-text";
import { campaignTextFields, PARTNER_VISIBLE_CAMPAIGN_TEXT } from "./campaign-text";

// Generated or structured values a partner receives that are not words an editor wrote.
const NOT_TEXT = new Set(["id", "startsOn", "endsOn", "assetIds"]);

describe("what of a campaign the leak guard checks", () => {
  it("covers every field of a campaign the partner API sends (add a new text field to campaign-text.ts)", () => {
    const sent = Object.keys(ApiCampaign.shape).filter((key) => !NOT_TEXT.has(key));
    expect(sent.sort()).toEqual(Object.keys(PARTNER_VISIBLE_CAMPAIGN_TEXT).sort());
  });

  it("covers every field of the campaign in a kit's manifest", () => {
    const manifest = kitManifestCampaign({ id: "c1", name: "n", objective: "o" });
    expect(Object.keys(manifest).filter((key) => !NOT_TEXT.has(key)).sort()).toEqual(Object.keys(PARTNER_VISIBLE_CAMPAIGN_TEXT).sort());
  });

  it.each([
    ["plain prose", "Show young men that fighters left because they went hungry.", false],
    ["hyphens, dashes, apostrophes and numbers", "Young men 16–25 in al-Bab's suburbs, 2026.", false],
    ["Arabic prose", "نريد أن يعرف الشباب لماذا غادر المقاتلون.", false],
    ["emphasis inside a word", "Abu Yu**suf**", true],
    ["underscores", "Abu _Yusuf_", true],
    ["a code span", "Ra`sh`id", true],
    ["an HTML comment", "Ra<!---->shid", true],
    ["an entity", "R&#97;shid", true],
    ["a link", "[Rashid](https://example.org)", true],
    ["an escape", "Ra\\shid", true],
    ["strike-through", "Ra~~x~~shid", true],
    ["a table", "Ra|shid", true],
  ])("reads %s as Markdown too only when markup could hide letters", (_, text, markdown) => {
    const fields = campaignTextFields({ name: "Bread, not bullets", objective: text });
    expect(fields.find((f) => f.field === "objective")).toEqual({ field: "objective", label: "Objective", text, markdown });
  });
});
