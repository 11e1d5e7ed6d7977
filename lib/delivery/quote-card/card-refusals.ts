// What a partner is told when a picture card cannot be had, written once in English like the
// other refusals (partner-messages.ts shows them in the portal reader's language).
export const NOT_A_CARD = "Picture cards are made for quote cards only. Use the Markdown, text or PDF file.";

export const QUOTE_TOO_LONG_FOR_CARD = "This quote is too long for a picture card. Use the Markdown, text or PDF file.";
