// Whether a source's consent allows use today. Withdrawal wins over everything.
export type ConsentStatus = "NONE" | "ACTIVE" | "EXPIRED" | "WITHDRAWN";

export const CONSENT_STATUS_LABELS: Record<ConsentStatus, string> = {
  NONE: "No consent recorded",
  ACTIVE: "Active",
  EXPIRED: "Expired",
  WITHDRAWN: "Withdrawn",
};

export function consentStatus(consent: { expiresAt: Date | null; withdrawnAt: Date | null } | null, now = new Date()): ConsentStatus {
  if (!consent) return "NONE";
  if (consent.withdrawnAt) return "WITHDRAWN";
  if (consent.expiresAt && consent.expiresAt <= now) return "EXPIRED";
  return "ACTIVE";
}
