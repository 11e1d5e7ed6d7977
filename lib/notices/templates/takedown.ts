// The take-down notice to a partner organisation. It names items by id and the references of
// the organisation's own copies only: an item is often withdrawn because it exposes someone,
// so its title and text never travel in an email.
import type { AppLocale } from "@/lib/i18n/locales";
import { utcMinute, type TakedownReason } from "@/lib/takedowns/takedown-reasons";
import { noticeWords, signatureIn, type EmailText } from "./email-text";

export type TakedownNoticeLine = { takedownId: string; itemId: string; references: string[]; reason: TakedownReason; deadlineAt: Date };
export type TakedownLinks = { portalUrl: string; ackUrl: (takedownId: string) => string };

/** "ref A, ref B": the organisation's copies, as it finds them in its files. */
export function referencesText(references: string[], locale: AppLocale): string {
  const t = noticeWords(locale);
  return references.map((reference) => t("takedown.reference", { reference })).join(locale === "ar" ? "، " : ", ");
}

function lineOf(line: TakedownNoticeLine, links: TakedownLinks, locale: AppLocale): string {
  const t = noticeWords(locale);
  return [
    t("takedown.item", { itemId: line.itemId, reason: t(`takedown.reasons.${line.reason}`) }),
    t("takedown.copies", { references: referencesText(line.references, locale) }),
    t("takedown.removeBy", { deadline: utcMinute(line.deadlineAt) }),
    t("takedown.api", { takedownId: line.takedownId, url: links.ackUrl(line.takedownId) }),
  ].join("\n");
}

export function confirmHow(links: TakedownLinks, locale: AppLocale = "en"): string {
  const t = noticeWords(locale);
  return [t("takedown.confirmHow"), t("takedown.confirmPortal", { url: links.portalUrl }), t("takedown.confirmApi")].join("\n");
}

export function takedownEmail(organisation: string, lines: TakedownNoticeLine[], links: TakedownLinks, locale: AppLocale = "en"): EmailText {
  const t = noticeWords(locale);
  const first = lines[0]!;
  const subject = lines.length === 1 ? t("takedown.subjectOne", { reference: first.references[0]!, deadline: utcMinute(first.deadlineAt) }) : t("takedown.subjectMany", { count: lines.length });
  const text = [t("takedown.intro", { organisation }), "", ...lines.map((line) => lineOf(line, links, locale)), "", confirmHow(links, locale), "", t("takedown.cannotSwitchOff"), "", signatureIn(locale)].join("\n");
  return { subject, text };
}
