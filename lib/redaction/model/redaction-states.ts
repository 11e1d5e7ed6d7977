// The redaction review workflow as a table of allowed transitions.
export const REDACTION_STATES = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"] as const;
export type RedactionState = (typeof REDACTION_STATES)[number];

export const REDACTION_EVENTS = ["edit", "submit", "approve", "request-changes"] as const;
export type RedactionEvent = (typeof REDACTION_EVENTS)[number];

// Editing a redaction under review or approved reopens it: approval is pinned
// to the exact text that was reviewed.
const TRANSITIONS: Record<RedactionState, Partial<Record<RedactionEvent, RedactionState>>> = {
  DRAFT: { edit: "DRAFT", submit: "IN_REVIEW" },
  CHANGES_REQUESTED: { edit: "CHANGES_REQUESTED", submit: "IN_REVIEW" },
  IN_REVIEW: { edit: "DRAFT", approve: "APPROVED", "request-changes": "CHANGES_REQUESTED" },
  APPROVED: { edit: "DRAFT" },
};

export function nextRedactionState(state: RedactionState, event: RedactionEvent): RedactionState | null {
  return TRANSITIONS[state][event] ?? null;
}

export const STATE_LABEL: Record<RedactionState, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
};
