// Approval is pinned to a version: an edit of an approved item clears it, exactly as
// saveItem does (loadItemForChange has already moved the state to DRAFT).
export function reopenIfApproved(state: string) {
  return state === "APPROVED" ? { approvedVersion: null, approvedById: null, approvedAt: null } : {};
}
