// The invitation email: the link, who invited, and (for partners) the organisation. Nothing else.
import type { AppLocale } from "@/lib/i18n/locales";
import { emailTime, noticeWords, signatureIn, type EmailText } from "./email-text";

export function invitationEmail(input: { link: string; invitedBy: string; organisation: string | null; expiresAt: Date }, locale: AppLocale = "en"): EmailText {
  const t = noticeWords(locale);
  return {
    subject: t("invitation.subject"),
    text: [
      input.organisation ? t("invitation.invitedFor", { invitedBy: input.invitedBy, organisation: input.organisation }) : t("invitation.invited", { invitedBy: input.invitedBy }),
      "",
      t("invitation.setUp", { time: emailTime(input.expiresAt, locale) }),
      input.link,
      "",
      t("invitation.ignore"),
      "",
      signatureIn(locale),
    ].join("\n"),
  };
}
