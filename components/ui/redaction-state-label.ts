// How a testimony's redaction state reads in lists and headers.
export const REDACTION_STATE_LABELS: Record<string, string> = {
  DRAFT: "Redaction draft",
  IN_REVIEW: "In review",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
};

export function redactionStateLabel(state: string | null | undefined): string {
  return state ? (REDACTION_STATE_LABELS[state] ?? state) : "Not started";
}
