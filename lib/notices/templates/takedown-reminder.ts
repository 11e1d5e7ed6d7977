// One reminder once a take-down's deadline has passed without a confirmation. Like the
// notice itself it names the item by id and the organisation's references only.
import type { AppLocale } from "@/lib/i18n/locales";
import { utcMinute } from "@/lib/takedowns/takedown-reasons";
import { noticeWords, signatureIn, type EmailText } from "./email-text";
import { confirmHow, referencesText, type TakedownLinks, type TakedownNoticeLine } from "./takedown";

export function takedownReminderEmail(organisation: string, line: TakedownNoticeLine, links: TakedownLinks, locale: AppLocale = "en"): EmailText {
  const t = noticeWords(locale);
  return {
    subject: t("takedown.reminderSubject", { reference: line.references[0]! }),
    text: [
      t("takedown.reminderIntro", { organisation, itemId: line.itemId, deadline: utcMinute(line.deadlineAt) }),
      t("takedown.copiesUnindented", { references: referencesText(line.references, locale) }),
      t("takedown.apiUnindented", { takedownId: line.takedownId, url: links.ackUrl(line.takedownId) }),
      "",
      confirmHow(links, locale),
      "",
      signatureIn(locale),
    ].join("\n"),
  };
}
