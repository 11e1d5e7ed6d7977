// The weekly digest to a handling editor: which of their sources' consents lapse within
// 30 days, by code name (S-0001: a sequence number, not an identifier) and date only.
import { SIGNATURE, type EmailText } from "./email-text";
export type ExpiringConsent = { code: string; expiresAt: Date; url: string };

export function consentDigestEmail(consents: ExpiringConsent[]): EmailText {
  const plural = consents.length === 1 ? "consent expires" : "consents expire";
  return {
    subject: `${consents.length} ${plural} within 30 days`,
    text: [
      `Sources you handle whose consent expires within 30 days:`,
      "",
      ...consents.map((c) => `- ${c.code}: expires ${c.expiresAt.toISOString().slice(0, 10)} — ${c.url}`),
      "",
      "Renew or end each consent on the source's page before it lapses. This digest comes at most once a week; you can switch it off under Notice preferences.",
      "",
      SIGNATURE,
    ].join("\n"),
  };
}
