// The weekly digest to a handling editor: which of their sources' consents lapse within
// 30 days, by code name (S-0001: a sequence number, not an identifier) and date only.
import type { AppLocale } from "@/lib/i18n/locales";
import { noticeWords, signatureIn, type EmailText } from "./email-text";

export type ExpiringConsent = { code: string; expiresAt: Date; url: string };

export function consentDigestEmail(consents: ExpiringConsent[], locale: AppLocale = "en"): EmailText {
  const t = noticeWords(locale);
  return {
    subject: t("consentDigest.subject", { count: consents.length }),
    text: [
      t("consentDigest.intro"),
      "",
      ...consents.map((c) => t("consentDigest.line", { code: c.code, date: c.expiresAt.toISOString().slice(0, 10), url: c.url })),
      "",
      t("consentDigest.outro"),
      "",
      signatureIn(locale),
    ].join("\n"),
  };
}
