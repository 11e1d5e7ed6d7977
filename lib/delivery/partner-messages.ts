// Refusals are written once, in English: the partner API answers with them (its messages stay
// English) and prepared downloads keep them. The portal shows them in its reader's language:
// each known message maps to its "delivery.refusals" entry; anything else is shown as written.
import "server-only";
import type { RenderLocale } from "@/lib/i18n/locales";
import { translate, type MessageValues } from "@/lib/i18n/translate";
import { BODY_PAST_LIMITS_MESSAGE, ORGANISATION_DEACTIVATED_MESSAGE, PARTNER_CONSENT_MESSAGE, SUSPENDED_MESSAGE } from "./load-deliverable";
import { NOT_AVAILABLE } from "./verify-delivery";
import { PREPARED_BEFORE_CHANGE } from "./prepared/prepared-index-token";
import { NOT_A_CARD, QUOTE_TOO_LONG_FOR_CARD } from "./quote-card/card-refusals";
import { PICTURES_NOT_CHECKED } from "@/lib/content/attachments/unread-pictures";

const EXACT: Record<string, string> = {
  [NOT_AVAILABLE]: "notAvailable",
  [SUSPENDED_MESSAGE]: "suspended",
  [BODY_PAST_LIMITS_MESSAGE]: "bodyPastLimits",
  [ORGANISATION_DEACTIVATED_MESSAGE]: "organisationDeactivated",
  [PARTNER_CONSENT_MESSAGE]: "partnerConsent",
  [PREPARED_BEFORE_CHANGE]: "preparedBeforeChange",
  [NOT_A_CARD]: "notACard",
  [QUOTE_TOO_LONG_FOR_CARD]: "cardTooLong",
  [PICTURES_NOT_CHECKED]: "picturesNotChecked",
};

// Read off the English words of the other refusals (load-deliverable.ts, deliver-kit.ts,
// still-deliverable.ts, item-files.ts, respond.ts); the tests pin each one.
const PATTERNS: { pattern: RegExp; key: string; values?: (match: RegExpMatchArray) => MessageValues }[] = [
  { pattern: /^This item is no longer available: the person whose words it uses has withdrawn consent\./, key: "consentWithdrawn" },
  { pattern: /^This item is not available at the moment: the consent it relies on has expired\.$/, key: "consentExpired" },
  { pattern: /^This item is not available at the moment: the consent it relies on no longer covers this use\.$/, key: "consentNarrowed" },
  { pattern: /^This item was withdrawn on (\d{4}-\d{2}-\d{2}): the person/, key: "withdrawnOn", values: (m) => ({ date: m[1]! }) },
  { pattern: /^This item was withdrawn: the person/, key: "withdrawnUndated" },
  { pattern: /^This item was retired on (\d{4}-\d{2}-\d{2}) and may/, key: "retiredOn", values: (m) => ({ date: m[1]! }) },
  { pattern: /^This item was retired and may/, key: "retiredUndated" },
  { pattern: /^None of this campaign's material may be downloaded/, key: "kitNothingAllowed" },
  { pattern: /^This campaign has no published material to download yet\.$/, key: "kitEmpty" },
  { pattern: /^This kit is no longer available as prepared:/, key: "kitChanged" },
  { pattern: /^This file is no longer available as prepared: the item has changed/, key: "itemChanged" },
  { pattern: /^Open downloads from the Countervoice portal\.$/, key: "crossSite" },
  { pattern: /^Not found\.$/, key: "notFound" },
  { pattern: /^This file was already downloaded, or it expired: ask for it again\.$/, key: "gone" },
  { pattern: /^The file could not be prepared\. Try again later;/, key: "failed" },
];

const PDF_BUDGET: { pattern: RegExp; key: string }[] = [
  { pattern: /^No PDF: The PDF would run past (\d+) pages\. Use the Markdown/, key: "pdfPages" },
  { pattern: /^No PDF: The PDF took longer than (\d+) seconds to draw\. Use the Markdown/, key: "pdfTime" },
];

/** A refusal or download answer in `locale`; a message this module does not know, unchanged. */
export function partnerMessage(message: string, locale: RenderLocale): string {
  const exact = Object.hasOwn(EXACT, message) ? EXACT[message] : undefined;
  if (exact) return translate(locale, `delivery.refusals.${exact}`);
  for (const { pattern, key, values } of PATTERNS) {
    const match = message.match(pattern);
    if (match) return translate(locale, `delivery.refusals.${key}`, values?.(match));
  }
  for (const { pattern, key } of PDF_BUDGET) {
    const match = message.match(pattern);
    if (match) return translate(locale, "delivery.pdfOmitted", { reason: translate(locale, `delivery.${key}`, { value: Number(match[1]) }) });
  }
  return message;
}
