// Asks a reviewer to review. Only the kind of work, its id and the link: a title could name
// someone, and the reviewer reads the rest signed in.
import type { AppLocale } from "@/lib/i18n/locales";
import { noticeWords, signatureIn, type EmailText } from "./email-text";

export type ReviewRequestTarget = { kind: "item"; itemId: string } | { kind: "redaction"; redactionId: string };

export function reviewRequestEmail(target: ReviewRequestTarget, reviewUrl: string, assigned: boolean, locale: AppLocale = "en"): EmailText {
  const t = noticeWords(locale);
  const item = target.kind === "item";
  const id = item ? target.itemId : target.redactionId;
  const opening = assigned ? (item ? "assignedItem" : "assignedRedaction") : item ? "openItem" : "openRedaction";
  return {
    subject: t(item ? "reviewRequest.subjectItem" : "reviewRequest.subjectRedaction", { id }),
    text: [t(`reviewRequest.${opening}`, { id }), "", t("reviewRequest.open", { url: reviewUrl }), "", t("reviewRequest.switchOff"), "", signatureIn(locale)].join("\n"),
  };
}
