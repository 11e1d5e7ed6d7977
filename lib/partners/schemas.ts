import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { BIDI_CONTROL_MESSAGE, breaksLines, hasBidiControls, SINGLE_LINE_MESSAGE } from "@/lib/leak-guard/unseen-text";

// The name is printed on every file a partner receives ("Prepared for …") and in take-down
// emails: a direction control there would reverse the reference or the instruction beside it.
const OrgName = z
  .string()
  .trim()
  .min(2, "partners.errors.nameTooShort")
  .max(120, "partners.errors.nameTooLong")
  .refine((v) => !hasBidiControls(v), BIDI_CONTROL_MESSAGE)
  .refine((v) => !breaksLines(v), SINGLE_LINE_MESSAGE);

/** The language its people read Countervoice in until they choose their own. */
const DefaultLocale = z.enum(LOCALES, "partners.errors.chooseLanguage");

export const CreatePartnerInput = z.object({ name: OrgName, defaultLocale: DefaultLocale.default("en") });
export const SetPartnerLanguageInput = z.object({ partnerOrgId: z.string().min(1).max(100), defaultLocale: DefaultLocale });
export const RenamePartnerInput = z.object({ partnerOrgId: z.string().min(1).max(100), name: OrgName });
export const SetPartnerActiveInput = z.object({ partnerOrgId: z.string().min(1).max(100), active: z.enum(["true", "false"]).transform((v) => v === "true") });

const PartnerOrgId = z.string().min(1).max(100);

export const PartnerOrgOnlyInput = z.object({ partnerOrgId: PartnerOrgId });

// The form's full check of the address (https, public) is the domain's (lib/partners/partner-webhook.ts).
export const SetWebhookInput = z.object({ partnerOrgId: PartnerOrgId, webhookUrl: z.string().trim().min(1, "partners.errors.webhookUrlRequired").max(2048, "partners.errors.webhookUrlTooLong") });

export const MAX_CONTACT_EMAILS = 10;

const ContactEmail = z.string().toLowerCase().email("partners.errors.contactEmailInvalid").max(320);

/** One address a line from the form (commas and spaces also separate), or a list; blank for none. */
export const SetContactEmailsInput = z.object({
  partnerOrgId: PartnerOrgId,
  contactEmails: z
    .union([z.string().max(MAX_CONTACT_EMAILS * 330, "partners.errors.tooManyContactEmails").transform((text) => text.split(/[\s,;]+/)), z.array(z.string().max(330)).max(100)])
    .transform((list) => [...new Set(list.map((a) => a.trim().toLowerCase()).filter(Boolean))])
    .pipe(z.array(ContactEmail).max(MAX_CONTACT_EMAILS, "partners.errors.tooManyContactEmails")),
});

export type SetWebhookInput = z.input<typeof SetWebhookInput>;
export type SetContactEmailsInput = z.input<typeof SetContactEmailsInput>;
