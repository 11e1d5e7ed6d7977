// How the content area's findings read to a person, in any language: pages pass their
// translator (getTranslations() and the request's locale), domain errors use the request's
// (serverWording). Never the identifier itself: positions, kinds and codes only.
import type { LeakHit } from "@/lib/leak-guard/check-forms";
import { currentLocale, m, type MessageValues } from "@/lib/i18n/translate";
import type { ConsentProblem } from "./consent-rule";
import type { Place, PastedSource } from "./pasted-testimony/match-passages";
import { SUSPENDED_FOR_IDENTIFIER } from "./suspension";
import { CONSENT_WITHDRAWN_REASON } from "./retire-items-derived-from-source";

export type Translate = (key: string, values?: MessageValues) => string;
export type Wording = { t: Translate; list: (parts: string[]) => string };

/** "a, b and c" in the locale's way (British English: no comma before "and", as before). */
export function listIn(locale: string): (parts: string[]) => string {
  const format = new Intl.ListFormat(locale === "en" || locale === "en-XA" ? "en-GB" : locale, { type: "conjunction" });
  return (parts) => format.format(parts);
}

/** The wording of the request running now (server actions, domain errors). */
export function serverWording(): Wording {
  return { t: m, list: listIn(currentLocale()) };
}

type Labelled = { field: string; label: string };

/** A field's name: the item's own texts and a campaign's are translated; others (delivered forms) keep their label. `inSentence`: lower case where the language has it. */
export function fieldLabel(field: string, forms: readonly Labelled[], t: Translate, inSentence = false): string {
  if (field === "title" || field === "body") return t(`content.fields.${field}`);
  if (field === "name" || field === "objective") return t(`campaigns.fields.${field}`);
  const attachment = /^attachment:([^:]+):(fileName|altText|caption|imageText)$/.exec(field);
  if (attachment) {
    const ids = [...new Set(forms.flatMap((f) => /^attachment:([^:]+):/.exec(f.field)?.[1] ?? []))];
    return t(`content.fields.${inSentence ? "inSentence." : ""}attachment_${attachment[2]}`, { number: ids.indexOf(attachment[1]!) + 1 });
  }
  return forms.find((f) => f.field === field)?.label ?? field;
}

/** "Body: source dictionary entry (PERSON) at 12–24". */
export function describeLeak(hit: LeakHit, forms: readonly Labelled[], t: Translate): string {
  return t("content.leaks.hit", {
    field: fieldLabel(hit.field, forms, t),
    kind: t(hit.fromDictionary ? "content.leaks.dictionaryEntry" : "content.leaks.directIdentifier"),
    type: t(`content.identifierTypes.${hit.type}`),
    start: String(hit.start),
    end: String(hit.end),
  });
}

/** "Source S-0002: consent does not cover “Social media”." */
export function describeConsentProblem(problem: ConsentProblem, t: Translate): string {
  const detail = problem.detail ?? "";
  const what =
    problem.rule === "scope"
      ? t(`sources.consent.scopes.${detail}`)
      : problem.rule === "channel" || problem.rule === "partner"
        ? t(`content.channels.${detail}`)
        : problem.rule === "language"
          ? t(`content.languages.${detail}`)
          : "";
  return t(`content.consent.${problem.rule}`, { source: problem.sourceCode, what });
}

/** "the title and paragraphs 2 and 4". */
export function describePlacesIn(places: readonly Place[], { t, list }: Wording): string {
  const paragraphs = [...new Set(places.filter((p) => p.paragraph !== null).map((p) => p.paragraph!))].sort((a, b) => a - b);
  const parts = [
    ...places.filter((p) => p.field === "title").map(() => t("content.pasted.theTitle")),
    ...(paragraphs.length > 0 ? [t("content.pasted.paragraphs", { count: paragraphs.length, list: list(paragraphs.map(String)) })] : []),
    ...places.filter((p) => p.field !== "title" && p.paragraph === null).map((p) => fieldLabel(p.field, places, t, true)),
  ];
  return list([...new Set(parts)]);
}

/** "Text from S-0002's approved testimony was found in this item (paragraph 2); its consent applies." */
export function pastedNotice(source: PastedSource, wording: Wording): string {
  const where = describePlacesIn(source.places, wording);
  return where ? wording.t("content.pasted.noticeWhere", { source: source.sourceCode, where }) : wording.t("content.pasted.notice", { source: source.sourceCode });
}

/** The stored reason of a suspension (a fixed English sentence) in the reader's language. */
export function suspensionReason(reason: string, t: Translate): string {
  return reason === SUSPENDED_FOR_IDENTIFIER ? t("content.suspension.reasonIdentifier") : reason;
}

/** Why an item was retired: the system's own reason in the reader's language, a person's as written (null). */
export function systemRetiredReason(reason: string, t: Translate): string | null {
  return reason === CONSENT_WITHDRAWN_REASON ? t("content.item.retiredConsentWithdrawn") : null;
}
