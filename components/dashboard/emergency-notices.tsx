// Tells a source's team, on their dashboard, every time an admin opened emergency access.
import type { Actor } from "@/lib/auth/policy";
import { listEmergencyNotices } from "@/lib/sources/team/list-emergency-notices";

const when = (date: Date) => `${date.toISOString().replace("T", " ").slice(0, 16)} UTC`;

export async function EmergencyNotices({ actor }: { actor: Actor }) {
  const notices = await listEmergencyNotices(actor);
  if (notices.length === 0) return null;
  return (
    <section className="card alert-error" aria-labelledby="emergency-heading" data-testid="emergency-notices">
      <h2 id="emergency-heading">Emergency access to your sources</h2>
      <ul>
        {notices.map((n) => (
          <li key={n.id}>
            {n.adminName} opened emergency access to {n.sourceCode} at {when(n.openedAt)} because “<span dir="auto">{n.reason}</span>” (until {when(n.expiresAt)}).
          </li>
        ))}
      </ul>
    </section>
  );
}
