import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/policy";
import { dashboardExtras } from "@/lib/dashboard/dashboard-extras";
import { textDirection } from "@/lib/testimony/languages";

/** Server component: recently published content and consents expiring within 30 days. */
export async function DashboardExtras({ actor }: { actor: Actor }) {
  const [{ recentlyPublished, expiringConsents }, t, format] = await Promise.all([dashboardExtras(actor), getTranslations("dashboard"), getFormatter()]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium" });
  return (
    <>
      <section className="card" aria-labelledby="published-heading">
        <h2 id="published-heading">{t("recentlyPublished")}</h2>
        {recentlyPublished.length === 0 ? (
          <p className="muted">{t("nothingPublished")}</p>
        ) : (
          <ul>
            {recentlyPublished.map((item) => (
              <li key={item.id}>
                <Link href={`/content/${item.id}`} prefetch={false} lang={item.language} dir={textDirection(item.language)} data-user-content>
                  {item.title}
                </Link>{" "}
                <span className="muted">{item.publishedAt ? day(item.publishedAt) : null}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="expiring-heading">
        <h2 id="expiring-heading">{t("expiringConsents", { days: 30 })}</h2>
        {expiringConsents.length === 0 ? (
          <p className="muted">{t("none")}</p>
        ) : (
          <ul>
            {expiringConsents.map((c) => (
              <li key={c.sourceId}>
                <Link href={`/sources/${c.sourceId}`} prefetch={false}>{c.sourceCode}</Link> · {t("expires", { date: day(c.expiresAt) })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
