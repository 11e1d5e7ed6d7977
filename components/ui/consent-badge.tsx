import { CONSENT_STATUS_LABELS, type ConsentStatus } from "@/lib/sources/consent-status";

const CLASS: Record<ConsentStatus, string> = { NONE: "badge", ACTIVE: "badge badge-ok", EXPIRED: "badge badge-danger", WITHDRAWN: "badge badge-danger" };

export function ConsentBadge({ status }: { status: ConsentStatus }) {
  return <span className={CLASS[status]}>{CONSENT_STATUS_LABELS[status]}</span>;
}
