import { CONSENT_STATUS_LABELS, type ConsentStatus } from "@/lib/sources/consent-status";

const CLASS: Record<ConsentStatus, string> = { NONE: "badge", ACTIVE: "badge badge-ok", EXPIRED: "badge badge-danger", WITHDRAWN: "badge badge-danger" };

/** `label`: the status in the reader's language (the English label when not given). */
export function ConsentBadge({ status, label }: { status: ConsentStatus; label?: string }) {
  return <span className={CLASS[status]}>{label ?? CONSENT_STATUS_LABELS[status]}</span>;
}
