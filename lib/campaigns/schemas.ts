// Input of the campaign use cases, shared by the forms' server actions and the domain.
import { z } from "zod";
import { blankToNull, toList, withoutArraySuffixes } from "@/lib/form-values";
import { BIDI_CONTROL_MESSAGE, breaksLines, hasBidiControls, SINGLE_LINE_MESSAGE } from "@/lib/leak-guard/unseen-text";
import { CONSENT_CHANNELS } from "@/lib/sources/vocabulary";

const Id = z.string().trim().min(1).max(100);
const Version = z.coerce.number().int().min(1);
const LanguageCode = /^[a-z]{2,3}$/;

// Messages are catalogue keys (campaigns.json), translated where the input is parsed.
const words = (label: "audiences" | "regions") =>
  z.preprocess(
    toList,
    z
      .array(z.string())
      .max(30, `campaigns.errors.tooMany_${label}`)
      .refine((list) => list.every((v) => v.length <= 120), `campaigns.errors.tooLong_${label}`),
  );

const Day = z.preprocess(blankToNull, z.coerce.date({ message: "campaigns.errors.invalidDate" }).nullable().optional());

const CampaignFields = z.object({
  name: z
    .string()
    .trim()
    .min(2, "campaigns.errors.nameTooShort")
    .max(160, "campaigns.errors.nameTooLong")
    .refine((v) => !hasBidiControls(v), BIDI_CONTROL_MESSAGE)
    .refine((v) => !breaksLines(v), SINGLE_LINE_MESSAGE),
  objective: z.string().trim().min(1, "campaigns.errors.objectiveRequired").max(4000, "campaigns.errors.objectiveTooLong").refine((v) => !hasBidiControls(v), BIDI_CONTROL_MESSAGE),
  audiences: words("audiences"),
  regions: words("regions"),
  languages: z.preprocess(
    (v) => {
      const list = toList(v);
      return Array.isArray(list) ? list.map((s) => (typeof s === "string" ? s.toLowerCase() : s)) : list;
    },
    z
      .array(z.string())
      .max(30, "campaigns.errors.tooManyLanguages")
      .refine((list) => list.every((code) => LanguageCode.test(code)), "campaigns.errors.languageCodes"),
  ),
  channels: z.preprocess(toList, z.array(z.enum(CONSENT_CHANNELS, { message: "campaigns.errors.chooseChannels" }))),
  startsOn: Day,
  endsOn: Day,
});

const endNotBeforeStart = (value: { startsOn?: Date | null; endsOn?: Date | null }) =>
  !value.startsOn || !value.endsOn || value.endsOn.getTime() >= value.startsOn.getTime();
const DATE_ORDER = { message: "campaigns.errors.dateOrder", path: ["endsOn"] };

export const CreateCampaignInput = z.preprocess(withoutArraySuffixes, CampaignFields.refine(endNotBeforeStart, DATE_ORDER));
export type CreateCampaignInput = z.infer<typeof CreateCampaignInput>;

export const UpdateCampaignInput = z.preprocess(
  withoutArraySuffixes,
  CampaignFields.extend({ campaignId: Id, version: Version }).refine(endNotBeforeStart, DATE_ORDER),
);
export type UpdateCampaignInput = z.infer<typeof UpdateCampaignInput>;

export const CampaignItemInput = z.object({ campaignId: Id, itemId: Id });
export type CampaignItemInput = z.infer<typeof CampaignItemInput>;

export const MoveCampaignItemInput = z.object({ campaignId: Id, itemId: Id, direction: z.enum(["up", "down"]) });
export type MoveCampaignItemInput = z.infer<typeof MoveCampaignItemInput>;

export const CampaignPartnerInput = z.object({ campaignId: Id, partnerOrgId: Id });
export type CampaignPartnerInput = z.infer<typeof CampaignPartnerInput>;

export const FindItemsInput = z.object({ campaignId: Id, title: z.string().trim().min(1, "campaigns.errors.titlePart").max(200) });
export type FindItemsInput = z.infer<typeof FindItemsInput>;
