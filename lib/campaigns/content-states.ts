// The content workflow's states in order, with labels. No server imports: pages and client components use these.
import type { ContentState, ContentType } from "@/lib/db/generated/enums";

export const CONTENT_STATES = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED", "RETIRED"] as const satisfies readonly ContentState[];
export const CONTENT_STATE_LABELS: Record<ContentState, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
  PUBLISHED: "Published",
  RETIRED: "Retired",
};

export const CONTENT_TYPES = ["QUOTE_CARD", "ARTICLE", "SOCIAL_POST", "VIDEO_SCRIPT", "AUDIO_SCRIPT", "INFOGRAPHIC_BRIEF"] as const satisfies readonly ContentType[];
export const CONTENT_TYPE_LABELS: Record<ContentType, string> = {
  QUOTE_CARD: "Quote card",
  ARTICLE: "Article",
  SOCIAL_POST: "Social post",
  VIDEO_SCRIPT: "Video script",
  AUDIO_SCRIPT: "Audio script",
  INFOGRAPHIC_BRIEF: "Infographic brief",
};

export type Readiness = Record<ContentState, number>;

export function emptyReadiness(): Readiness {
  return { DRAFT: 0, IN_REVIEW: 0, CHANGES_REQUESTED: 0, APPROVED: 0, PUBLISHED: 0, RETIRED: 0 };
}
