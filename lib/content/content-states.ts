// The content workflow as a table of allowed transitions. Nothing leaves RETIRED.
export const CONTENT_STATES = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED", "RETIRED"] as const;
export type ContentState = (typeof CONTENT_STATES)[number];

export const CONTENT_EVENTS = ["edit", "submit", "approve", "request-changes", "publish", "retire", "reopen"] as const;
export type ContentEvent = (typeof CONTENT_EVENTS)[number];

// Approval is pinned to a version: editing an approved item returns it to DRAFT. A
// published item is not edited in place; one suspended for a possible identifier is
// reopened (back to DRAFT, unpublished) to be fixed and reviewed again.
const TRANSITIONS: Record<ContentState, Partial<Record<ContentEvent, ContentState>>> = {
  DRAFT: { edit: "DRAFT", submit: "IN_REVIEW" },
  IN_REVIEW: { approve: "APPROVED", "request-changes": "CHANGES_REQUESTED" },
  CHANGES_REQUESTED: { edit: "CHANGES_REQUESTED", submit: "IN_REVIEW" },
  APPROVED: { edit: "DRAFT", publish: "PUBLISHED", retire: "RETIRED", reopen: "DRAFT" },
  PUBLISHED: { retire: "RETIRED", reopen: "DRAFT" },
  RETIRED: {},
};

export function nextContentState(state: ContentState, event: ContentEvent): ContentState | null {
  return TRANSITIONS[state][event] ?? null;
}

export const CONTENT_STATE_LABEL: Record<ContentState, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
  PUBLISHED: "Published",
  RETIRED: "Retired",
};

const EVENT_VERB: Record<ContentEvent, string> = {
  edit: "edited",
  submit: "submitted for review",
  approve: "approved",
  "request-changes": "sent back for changes",
  publish: "published",
  retire: "retired",
  reopen: "reopened",
};

/** The next state, or InvalidTransition's message explaining why not. */
export function transitionOrReason(state: ContentState, event: ContentEvent): { next: ContentState } | { reason: string } {
  const next = nextContentState(state, event);
  if (next) return { next };
  return { reason: `An item that is ${CONTENT_STATE_LABEL[state].toLowerCase()} cannot be ${EVENT_VERB[event]}.` };
}
