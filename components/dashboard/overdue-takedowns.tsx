import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/policy";
import { listOverdueTakedowns, OVERDUE_LIMIT } from "@/lib/dashboard/overdue-takedowns";
import { boundedLabel } from "@/lib/lists/total-label";

/** Server component: shown only while some organisation is late confirming a take-down. */
export async function OverdueTakedowns({ actor }: { actor: Actor }) {
  const overdue = await listOverdueTakedowns(actor);
  if (!overdue || overdue.total === 0) return null;
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  return (
    <section className="card" aria-labelledby="overdue-takedowns-heading" data-testid="overdue-takedowns">
      <h2 id="overdue-takedowns-heading">{t("overdueTakedowns", { count: boundedLabel(overdue.total, OVERDUE_LIMIT) })}</h2>
      <p>{t("overdueHelp")}</p>
      <ul>
        {overdue.organisations.map((group) => (
          <li key={group.organisation}>
            <strong>
              <bdi>{group.organisation}</bdi>
            </strong>
            {": "}
            {t("overdueItems", {
              count: group.takedowns.length,
              items: group.takedowns.map((takedown) => t("overdueItem", { item: takedown.itemId, due: format.dateTime(takedown.deadlineAt, { dateStyle: "medium", timeStyle: "short" }) })).join(t("itemSeparator")),
            })}
          </li>
        ))}
      </ul>
      <p>
        {t.rich("seeTakedowns", { link: (chunks) => <Link href="/admin/takedowns">{chunks}</Link> })}
      </p>
    </section>
  );
}
