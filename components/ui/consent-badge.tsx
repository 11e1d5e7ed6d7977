import { useTranslations } from "next-intl";
import type { ConsentStatus } from "@/lib/sources/consent-status";

const CLASS: Record<ConsentStatus, string> = { NONE: "badge", ACTIVE: "badge badge-ok", EXPIRED: "badge badge-danger", WITHDRAWN: "badge badge-danger" };

/** `label`: the status as the page words it (the reader's language by default). */
export function ConsentBadge({ status, label }: { status: ConsentStatus; label?: string }) {
  const t = useTranslations("ui.consent");
  return <span className={CLASS[status]}>{label ?? t(status)}</span>;
}
