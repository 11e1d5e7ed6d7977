// Tells a source's team, on their dashboard, every time an admin opened emergency access.
import { getTranslations } from "next-intl/server";
import { utcMinute } from "@/lib/takedowns/takedown-reasons";
import type { Actor } from "@/lib/auth/policy";
import { listEmergencyNotices } from "@/lib/sources/team/list-emergency-notices";

export async function EmergencyNotices({ actor }: { actor: Actor }) {
  const notices = await listEmergencyNotices(actor);
  if (notices.length === 0) return null;
  const t = await getTranslations("dashboard.emergency");
  return (
    <section className="card alert-error" aria-labelledby="emergency-heading" data-testid="emergency-notices">
      <h2 id="emergency-heading">{t("heading")}</h2>
      <ul>
        {notices.map((n) => (
          <li key={n.id}>
            {t.rich("notice", {
              admin: n.adminName,
              source: n.sourceCode,
              at: utcMinute(n.openedAt),
              until: utcMinute(n.expiresAt),
              reason: n.reason,
              bdi: (chunks) => <bdi>{chunks}</bdi>,
              quoted: (chunks) => <span dir="auto">{chunks}</span>,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
