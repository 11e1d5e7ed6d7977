// Tells the owner of an account, on their first page, that someone has been failing to sign in to it.
import { getTranslations } from "next-intl/server";
import { utcMinute } from "@/lib/takedowns/takedown-reasons";
import type { Actor } from "@/lib/auth/policy";
import { failedSignInsSinceLastSignIn } from "@/lib/auth/failed-sign-ins";

export async function FailedSignInNotice({ actor }: { actor: Actor }) {
  const failures = await failedSignInsSinceLastSignIn(actor);
  if (!failures) return null;
  const t = await getTranslations("dashboard.failedSignIns");
  return (
    <section className="card alert-error" aria-labelledby="failed-sign-ins-heading" data-testid="failed-sign-in-notice">
      <h2 id="failed-sign-ins-heading">{t("heading")}</h2>
      <p>
        {t.rich(failures.atLeast ? "summaryAtLeast" : "summary", {
          count: failures.count,
          from: failures.lastFrom,
          at: utcMinute(failures.lastAt),
          bdi: (chunks) => <bdi>{chunks}</bdi>,
        })}
      </p>
      <p className="muted">{t("help")}</p>
    </section>
  );
}
