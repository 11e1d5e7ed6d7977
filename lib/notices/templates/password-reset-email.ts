// The password reset email: the link and how long it works. Nothing about the account
// beyond what the recipient already knows (their own address).
import type { AppLocale } from "@/lib/i18n/locales";
import { noticeWords, signatureIn, type EmailText } from "./email-text";

export function passwordResetEmail(input: { link: string; validMinutes: number }, locale: AppLocale = "en"): EmailText {
  const t = noticeWords(locale);
  return {
    subject: t("passwordReset.subject"),
    text: [
      t("passwordReset.someone"),
      "",
      t("passwordReset.choose", { minutes: input.validMinutes }),
      input.link,
      "",
      t("passwordReset.twoFactor"),
      "",
      t("passwordReset.ignore"),
      "",
      signatureIn(locale),
    ].join("\n"),
  };
}
