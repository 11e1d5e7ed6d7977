import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/current-user";
import { listTakedowns } from "@/lib/content/list-takedowns";
import { PageParam } from "@/lib/pagination";
import { Pager } from "@/components/ui/pager";

export const metadata: Metadata = { title: "Takedowns" };

const utc = (d: Date | null) => (d ? d.toISOString().replace("T", " ").slice(0, 19) : "");

export default async function TakedownsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const admin = await requirePermission("takedowns:view");
  const takedowns = await listTakedowns(admin, PageParam.parse((await searchParams).page));
  return (
    <>
      <h1>Takedowns</h1>
      <p>Content retired because a source withdrew consent, and which partner downloaded which version of it, for takedown requests.</p>
      {takedowns.total === 0 ? (
        <p className="empty">No content has been retired for withdrawn consent.</p>
      ) : (
        takedowns.items.map((item) => (
          <section key={item.id} className="card" aria-labelledby={`takedown-${item.id}`} data-testid="takedown">
            <h2 id={`takedown-${item.id}`} lang={item.language} dir="auto">
              {item.title}
            </h2>
            <p className="muted">Retired {utc(item.retiredAt)} UTC · item {item.id}</p>
            {item.downloads.length === 0 ? (
              <p>Nobody downloaded this item.</p>
            ) : (
              <div className="table-wrap">
                <table>
                  <caption className="sr-only">Downloads of {item.title}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Partner organisation</th>
                      <th scope="col">User</th>
                      <th scope="col">Format</th>
                      <th scope="col">Reference</th>
                      <th scope="col">Version</th>
                      <th scope="col">Time (UTC)</th>
                    </tr>
                  </thead>
                  <tbody>
                    {item.downloads.map((d) => (
                      <tr key={d.id}>
                        <td>{d.partner}</td>
                        <td>{d.userEmail ?? <span className="muted">unknown user</span>}</td>
                        <td>
                          {d.format} · {d.channel === "API" ? "API" : "portal"}
                        </td>
                        <td>{d.reference}</td>
                        <td>{d.itemVersion}</td>
                        <td>{utc(d.at)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        ))
      )}
      <Pager basePath="/admin/takedowns" page={takedowns.page} pageCount={takedowns.pageCount} />
    </>
  );
}
