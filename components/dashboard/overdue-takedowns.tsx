import Link from "next/link";
import type { Actor } from "@/lib/auth/policy";
import { listOverdueTakedowns, OVERDUE_LIMIT } from "@/lib/dashboard/overdue-takedowns";
import { boundedLabel } from "@/lib/lists/total-label";
import { utcMinute } from "@/lib/takedowns/takedown-reasons";

/** Server component: shown only while some organisation is late confirming a take-down. */
export async function OverdueTakedowns({ actor }: { actor: Actor }) {
  const overdue = await listOverdueTakedowns(actor);
  if (!overdue || overdue.total === 0) return null;
  return (
    <section className="card" aria-labelledby="overdue-takedowns-heading" data-testid="overdue-takedowns">
      <h2 id="overdue-takedowns-heading">Overdue take-downs ({boundedLabel(overdue.total, OVERDUE_LIMIT)})</h2>
      <p>These organisations have not confirmed removing material by its deadline. Each is reminded once by email within the hour; follow up with them.</p>
      <ul>
        {overdue.organisations.map((group) => (
          <li key={group.organisation}>
            <strong>{group.organisation}</strong>: {group.takedowns.length} overdue (item {group.takedowns.map((t) => `${t.itemId}, due ${utcMinute(t.deadlineAt)}`).join("; item ")})
          </li>
        ))}
      </ul>
      <p>
        See <Link href="/admin/takedowns">Takedowns</Link>.
      </p>
    </section>
  );
}
