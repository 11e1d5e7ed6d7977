// The content workflow's states in order, with labels. No server imports: pages and client components use these.
import type { ContentState } from "@/lib/db/generated/enums";

// One vocabulary for the whole app: the content module owns the states and types.
export { CONTENT_STATES, CONTENT_STATE_LABEL as CONTENT_STATE_LABELS } from "@/lib/content/content-states";
export { CONTENT_TYPES, CONTENT_TYPE_LABELS } from "@/lib/content/vocabulary";

export type Readiness = Record<ContentState, number>;

export function emptyReadiness(): Readiness {
  return { DRAFT: 0, IN_REVIEW: 0, CHANGES_REQUESTED: 0, APPROVED: 0, PUBLISHED: 0, RETIRED: 0 };
}
