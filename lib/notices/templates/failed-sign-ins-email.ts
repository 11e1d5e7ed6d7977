// Told to the owner after repeated failed sign-ins: how many, when and from which network
// (as recorded: never more than a /24 or /48), with advice. Never a password or code tried.
import type { AppLocale } from "@/lib/i18n/locales";
import { emailTime, noticeWords, signatureIn, type EmailText } from "./email-text";

export function failedSignInsEmail(input: { count: number; atLeast: boolean; lastAt: Date; lastFrom: string; resetLink: string; noticesLink: string }, locale: AppLocale = "en"): EmailText {
  const t = noticeWords(locale);
  return {
    subject: t("failedSignIns.subject"),
    text: [
      t("failedSignIns.count", { atLeast: input.atLeast ? "yes" : "no", count: String(input.count) }),
      t("failedSignIns.latest", { time: emailTime(input.lastAt, locale), network: input.lastFrom }),
      "",
      t("failedSignIns.ifYou"),
      t("failedSignIns.changePassword"),
      `  ${input.resetLink}`,
      t("failedSignIns.twoFactor"),
      t("failedSignIns.tellAdmin"),
      "",
      t("failedSignIns.notLocked"),
      t("failedSignIns.switchOff", { link: input.noticesLink }),
      "",
      signatureIn(locale),
    ].join("\n"),
  };
}
