import { useTranslations } from "next-intl";
import type { ConsentStatus } from "@/lib/sources/consent-status";

const CLASS: Record<ConsentStatus, string> = { NONE: "badge", ACTIVE: "badge badge-ok", EXPIRED: "badge badge-danger", WITHDRAWN: "badge badge-danger" };

export function ConsentBadge({ status }: { status: ConsentStatus }) {
  const t = useTranslations("ui.consent");
  return <span className={CLASS[status]}>{t(status)}</span>;
}
