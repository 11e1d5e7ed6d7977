// Content vocabularies with the labels forms show. No server imports: client components use these.
export { CONSENT_CHANNELS as CONTENT_CHANNELS, CONSENT_CHANNEL_LABELS as CONTENT_CHANNEL_LABELS } from "@/lib/sources/vocabulary";

export const CONTENT_TYPES = ["QUOTE_CARD", "ARTICLE", "SOCIAL_POST", "VIDEO_SCRIPT", "AUDIO_SCRIPT", "INFOGRAPHIC_BRIEF"] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];
export const CONTENT_TYPE_LABELS: Record<ContentType, string> = {
  QUOTE_CARD: "Quote card",
  ARTICLE: "Article",
  SOCIAL_POST: "Social post",
  VIDEO_SCRIPT: "Video script",
  AUDIO_SCRIPT: "Audio script",
  INFOGRAPHIC_BRIEF: "Infographic brief",
};

export const QUOTE_USAGES = ["VERBATIM", "PARAPHRASE"] as const;
export type QuoteUsage = (typeof QUOTE_USAGES)[number];
export const QUOTE_USAGE_LABELS: Record<QuoteUsage, string> = { VERBATIM: "Verbatim", PARAPHRASE: "Paraphrase" };
