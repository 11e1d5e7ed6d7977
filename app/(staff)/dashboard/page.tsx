import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/current-user";
import { listMyActivity } from "@/lib/audit/list-my-activity";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requirePermission("workspace:view");
  const activity = await listMyActivity(user);
  return (
    <>
      <h1>Welcome, {user.name}</h1>
      <section aria-labelledby="activity-heading">
        <h2 id="activity-heading">Your recent activity</h2>
        {activity.length === 0 ? (
          <p className="empty">Nothing yet.</p>
        ) : (
          <ul className="card">
            {activity.map((e) => (
              <li key={e.id}>
                <code>{e.action}</code> <span className="muted">{e.at.toISOString().replace("T", " ").slice(0, 16)} UTC</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
