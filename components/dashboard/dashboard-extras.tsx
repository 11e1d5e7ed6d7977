import Link from "next/link";
import type { Actor } from "@/lib/auth/policy";
import { dashboardExtras } from "@/lib/dashboard/dashboard-extras";
import { textDirection } from "@/lib/testimony/languages";

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Server component: recently published content and consents expiring within 30 days. */
export async function DashboardExtras({ actor }: { actor: Actor }) {
  const { recentlyPublished, expiringConsents } = await dashboardExtras(actor);
  return (
    <>
      <section className="card" aria-labelledby="published-heading">
        <h2 id="published-heading">Recently published</h2>
        {recentlyPublished.length === 0 ? (
          <p className="muted">Nothing published yet.</p>
        ) : (
          <ul>
            {recentlyPublished.map((item) => (
              <li key={item.id}>
                <Link href={`/content/${item.id}`} prefetch={false} lang={item.language} dir={textDirection(item.language)}>
                  {item.title}
                </Link>{" "}
                <span className="muted">{item.publishedAt ? day(item.publishedAt) : null}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="expiring-heading">
        <h2 id="expiring-heading">Consents expiring within 30 days</h2>
        {expiringConsents.length === 0 ? (
          <p className="muted">None.</p>
        ) : (
          <ul>
            {expiringConsents.map((c) => (
              <li key={c.sourceId}>
                <Link href={`/sources/${c.sourceId}`} prefetch={false}>{c.sourceCode}</Link> · expires {day(c.expiresAt)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
