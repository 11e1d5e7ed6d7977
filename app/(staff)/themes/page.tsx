import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/current-user";
import { listThemes } from "@/lib/themes/list-themes";
import { AddThemeForm, ThemeRow } from "./theme-forms";

export const metadata: Metadata = { title: "Themes" };

export default async function ThemesPage() {
  const user = await requirePermission("themes:manage");
  const themes = await listThemes(user);
  return (
    <>
      <h1>Themes</h1>
      <p className="muted">The reasons defectors give for leaving, used to tag content. Archived themes stay on the items that have them but are not offered for new ones.</p>
      <section className="card" aria-labelledby="add-theme-heading">
        <h2 id="add-theme-heading">Add a theme</h2>
        <AddThemeForm />
      </section>
      {themes.length === 0 ? (
        <p className="empty">No themes yet.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Items</th>
                <th scope="col">Status</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {themes.map((t) => (
                <ThemeRow key={`${t.id}-${t.name}-${t.archived}`} theme={{ id: t.id, name: t.name, archived: t.archived, itemCount: t._count.items }} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
