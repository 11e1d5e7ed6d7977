// What a quote card says, as plain strings: the quoted words, who said them (never a name),
// the campaign's name and the "Prepared for" line. The export verifier checks exactly these
// strings, because they are exactly what the picture shows.
import { lexMarkdown } from "@/lib/content/markdown-limits";
import { isAppLocale, type AppLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
import { oneLine } from "@/lib/leak-guard/unseen-text";
import { plainText } from "../render-text";

export type CardText = { quote: string; attribution: string; mark: string; preparedFor: string; direction: "ltr" | "rtl" };

const RTL_LANGUAGES = new Set(["ar", "fa", "ur", "ps", "ckb", "he"]);

/**
 * The words in quotation: the body's blockquotes (where the quote picker puts testimony),
 * joined; a body without one is all quotation (a card typed as a single sentence).
 */
export function quotedWords(bodyMarkdown: string): string {
  const tokens = lexMarkdown(bodyMarkdown);
  const quotes = tokens.filter((t) => t.type === "blockquote");
  const text = plainText(quotes.length > 0 ? quotes.flatMap((q) => ("tokens" in q && q.tokens ? q.tokens : [])) : tokens);
  return text.replace(/[ \t]+/g, " ").replace(/\n{3,}/g, "\n\n").trim();
}

/** The card's words are in the item's language where the app speaks it; otherwise in the recipient's. */
function cardLocale(itemLanguage: string, recipientLocale: AppLocale): AppLocale {
  return isAppLocale(itemLanguage) ? itemLanguage : recipientLocale;
}

/** `title`: what the card shows when the body has no words of its own. */
export function cardText(input: { title?: string; body: string; language: string; campaignName: string | null; preparedFor: string; recipientLocale: AppLocale }): CardText {
  const t = translatorFor(cardLocale(input.language, input.recipientLocale), "delivery");
  return {
    quote: quotedWords(input.body) || oneLine(input.title ?? ""),
    attribution: t("cardAttribution"),
    mark: input.campaignName ? oneLine(input.campaignName) : "Countervoice",
    preparedFor: input.preparedFor,
    direction: RTL_LANGUAGES.has(input.language) ? "rtl" : "ltr",
  };
}

/** Every word the picture shows, for the export verifier. */
export function cardWords(text: CardText): string {
  return [text.quote, text.attribution, text.mark, text.preparedFor].join("\n\n");
}
