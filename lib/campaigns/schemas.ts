// Input of the campaign use cases, shared by the forms' server actions and the domain.
import { z } from "zod";
import { blankToNull, toList, withoutArraySuffixes } from "@/lib/form-values";
import { BIDI_CONTROL_MESSAGE, hasBidiControls } from "@/lib/leak-guard/unseen-text";
import { CONSENT_CHANNELS } from "@/lib/sources/vocabulary";

const Id = z.string().trim().min(1).max(100);
const Version = z.coerce.number().int().min(1);
const LanguageCode = /^[a-z]{2,3}$/;

const words = (label: string) =>
  z.preprocess(
    toList,
    z
      .array(z.string())
      .max(30, `Enter at most 30 ${label}.`)
      .refine((list) => list.every((v) => v.length <= 120), `Keep each of the ${label} under 120 characters.`),
  );

const Day = z.preprocess(blankToNull, z.coerce.date({ message: "Enter a valid date." }).nullable().optional());

const CampaignFields = z.object({
  name: z.string().trim().min(2, "Use at least 2 characters.").max(160, "Use at most 160 characters.").refine((v) => !hasBidiControls(v), BIDI_CONTROL_MESSAGE),
  objective: z.string().trim().min(1, "Say what the campaign should achieve.").max(4000, "Keep the objective under 4000 characters.").refine((v) => !hasBidiControls(v), BIDI_CONTROL_MESSAGE),
  audiences: words("audiences"),
  regions: words("regions"),
  languages: z.preprocess(
    (v) => {
      const list = toList(v);
      return Array.isArray(list) ? list.map((s) => (typeof s === "string" ? s.toLowerCase() : s)) : list;
    },
    z
      .array(z.string())
      .max(30, "Enter at most 30 languages.")
      .refine((list) => list.every((code) => LanguageCode.test(code)), "Use two- or three-letter ISO codes separated by commas, e.g. en, ar."),
  ),
  channels: z.preprocess(toList, z.array(z.enum(CONSENT_CHANNELS, { message: "Choose channels from the list." }))),
  startsOn: Day,
  endsOn: Day,
});

const endNotBeforeStart = (value: { startsOn?: Date | null; endsOn?: Date | null }) =>
  !value.startsOn || !value.endsOn || value.endsOn.getTime() >= value.startsOn.getTime();
const DATE_ORDER = { message: "The end date must be on or after the start date.", path: ["endsOn"] };

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

export const FindItemsInput = z.object({ campaignId: Id, title: z.string().trim().min(1, "Enter part of a title.").max(200) });
export type FindItemsInput = z.infer<typeof FindItemsInput>;
