// The invitation email: the link, who invited, and (for partners) the organisation. Nothing else.
import { SIGNATURE, type EmailText } from "./email-text";

export function invitationEmail(input: { link: string; invitedBy: string; organisation: string | null; expiresAt: Date }): EmailText {
  const forWhom = input.organisation ? ` for ${input.organisation}` : "";
  return {
    subject: "You are invited to Countervoice",
    text: [
      `${input.invitedBy} invited you to a Countervoice account${forWhom}.`,
      "",
      `Set up your account here (the link works once, until ${input.expiresAt.toUTCString()}):`,
      input.link,
      "",
      "If you did not expect this invitation, ignore this email; no account is created until the link is used.",
      "",
      SIGNATURE,
    ].join("\n"),
  };
}
