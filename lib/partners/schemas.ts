import { z } from "zod";

const OrgName = z.string().trim().min(2, "Use at least 2 characters.").max(120, "Use at most 120 characters.");

export const CreatePartnerInput = z.object({ name: OrgName });
export const RenamePartnerInput = z.object({ partnerOrgId: z.string().min(1).max(100), name: OrgName });
export const SetPartnerActiveInput = z.object({ partnerOrgId: z.string().min(1).max(100), active: z.enum(["true", "false"]).transform((v) => v === "true") });

const PartnerOrgId = z.string().min(1).max(100);

export const PartnerOrgOnlyInput = z.object({ partnerOrgId: PartnerOrgId });

// The form's full check of the address (https, public) is the domain's (lib/partners/partner-webhook.ts).
export const SetWebhookInput = z.object({ partnerOrgId: PartnerOrgId, webhookUrl: z.string().trim().min(1, "Enter the endpoint's address.").max(2048, "Use an address of at most 2048 characters.") });

export const MAX_CONTACT_EMAILS = 10;

const ContactEmail = z.string().toLowerCase().email("Enter valid email addresses, one a line.").max(320);

/** One address a line from the form (commas and spaces also separate), or a list; blank for none. */
export const SetContactEmailsInput = z.object({
  partnerOrgId: PartnerOrgId,
  contactEmails: z
    .union([z.string().max(MAX_CONTACT_EMAILS * 330, `Give at most ${MAX_CONTACT_EMAILS} addresses.`).transform((text) => text.split(/[\s,;]+/)), z.array(z.string().max(330)).max(100)])
    .transform((list) => [...new Set(list.map((a) => a.trim().toLowerCase()).filter(Boolean))])
    .pipe(z.array(ContactEmail).max(MAX_CONTACT_EMAILS, `Give at most ${MAX_CONTACT_EMAILS} addresses.`)),
});

export type SetWebhookInput = z.input<typeof SetWebhookInput>;
export type SetContactEmailsInput = z.input<typeof SetContactEmailsInput>;
